using LandPlatform.Admission.Domain.Standards;

namespace LandPlatform.Admission.Api.Contracts;

/// <summary>A parcel's standard as the clerk drafts it; every number left out is taken from the pack.</summary>
public sealed record StandardRequest(
    string? PackId,
    string? ParcelCode,
    string? Location,
    decimal? LandAreaM2,
    string? LandUse,
    PlanningConditions? Planning,
    IReadOnlyList<string>? Industries,
    IReadOnlyList<ThresholdRequest>? Indicators,
    int? TermYears,
    string? SupplyMode,
    string? BiddingMode,
    int? LeaseYears);

/// <param name="Clause">The clause the number comes from; defaults to the pack's clause for the indicator.</param>
public sealed record ThresholdRequest(string? Code, decimal? Value, string? Unit, string? Clause, string? Group);

public sealed record ApproveStandardRequest(string? Opinion);

public sealed record StandardResponse(
    Guid Id,
    int Version,
    Guid VersionId,
    string Status,
    string PackId,
    int PackVersion,
    string ParcelCode,
    StandardTerms Terms,
    IReadOnlyList<StandardCheckLine> Check,
    bool PassesCheck,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    string? ApprovalOpinion,
    DateTimeOffset? SupersededAt)
{
    public static StandardResponse From(ParcelStandard s) => new(
        s.StandardId, s.Version, s.Id, s.Status.ToString(), s.PackId, s.PackVersion, s.ParcelCode, s.Terms, s.Check, s.PassesCheck,
        s.DraftedBy, s.DraftedAt, s.ApprovedBy, s.ApprovedAt, s.ApprovalOpinion, s.SupersededAt);
}
