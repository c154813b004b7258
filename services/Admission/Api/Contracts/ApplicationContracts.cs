using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Domain.Applications;
using LandPlatform.Admission.Domain.Evaluation;

namespace LandPlatform.Admission.Api.Contracts;

/// <summary>An application for a parcel, against the approved current version of its standard.</summary>
public sealed record ParcelApplicationRequest(
    string? Uscc,
    string? EnterpriseName,
    string? SectorCode,
    string? IndustryCode,
    string? ProjectName,
    string? ProjectKind,
    decimal? TotalInvestmentWanYuan,
    decimal? FixedAssetInvestmentWanYuan,
    PlanRequest? Plan,
    decimal? SelfHeldSharePercent,
    IReadOnlyList<CommitmentRequest>? Commitments,
    IReadOnlyList<AttachmentRequest>? Attachments);

public sealed record PlanRequest(
    decimal? ProductionM2, decimal? RndM2, decimal? SupportingM2, decimal? TotalM2, decimal? SmallestRndUnitM2,
    decimal? SmallestProductionUnitM2, decimal? BuildingDensityPercent, decimal? GreenRatioPercent, bool? Renovation, int? GreenBuildingStars);

public sealed record CommitmentRequest(string? Code, decimal? Value, string? Unit);

public sealed record AttachmentRequest(string? Name, string? Sha256);

public sealed record NoteRequest(string? Note);

public sealed record OpinionRequest(string? Bureau, string? Person, bool? Agree, string? Reasons);

public sealed record ProposalRequest(string? Proposal);

public sealed record DistrictDecisionRequest(string? Kind, string? Reasons, string? DocumentNumber);

/// <param name="Approve">true: approve (the qualification opinion is issued); false: reject with the opinion as reasons.</param>
public sealed record ApprovalRequest(bool? Approve, string? Opinion);

public sealed record RejectionRequest(string? Reasons);

public sealed record ApplicationResponse(
    Guid Id, string EnterpriseName, string Uscc, string Industry, decimal RequestedLandAreaM2,
    string PolicyPackId, string Status, string? RefusalReason, DateTimeOffset SubmittedAt)
{
    public Guid? StandardId { get; init; }

    public int? StandardVersion { get; init; }

    public string? ParcelCode { get; init; }

    public ApplicationContent? Content { get; init; }

    public EvaluationResult? Evaluation { get; init; }

    public IReadOnlyList<ReviewOpinion> Opinions { get; init; } = [];

    public IReadOnlyList<DistrictDecision> Decisions { get; init; } = [];

    public string? Proposal { get; init; }

    public string? ApprovedBy { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public string? ApprovalOpinion { get; init; }

    public string? SuspensionReason { get; init; }

    public bool Delisted { get; init; }

    public IReadOnlyList<string> AllowedNextSteps { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    public static ApplicationResponse From(LandApplication a) => new(
        a.Id, a.EnterpriseName, a.Uscc, a.Industry, a.RequestedLandAreaM2, a.PolicyPackId,
        a.Status.ToString(), a.RefusalReason, a.SubmittedAt)
    {
        StandardId = a.StandardId,
        StandardVersion = a.StandardVersion,
        ParcelCode = a.ParcelCode,
        Content = a.Content,
        Evaluation = a.Evaluation,
        Opinions = a.Opinions,
        Decisions = a.Decisions,
        Proposal = a.Proposal,
        ApprovedBy = a.ApprovedBy,
        ApprovedAt = a.ApprovedAt,
        ApprovalOpinion = a.ApprovalOpinion,
        SuspensionReason = a.SuspensionReason,
        Delisted = a.Delisted,
        AllowedNextSteps = a.Content is null ? [] : ApplicationStep.NextFor(a.Status),
        UpdatedAt = a.UpdatedAt,
    };
}

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);
