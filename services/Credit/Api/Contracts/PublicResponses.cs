using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Api;

/// <summary>One public entry: exactly <see cref="PublicListing"/> (name, code, reason, document, start, end).</summary>
public sealed record PublicListingResponse(
    string EnterpriseName, string Uscc, string Reason, string DocumentType, string DocumentNumber, DateOnly DocumentDate, DateOnly Start, DateOnly End)
{
    public static PublicListingResponse From(PublicListing p) =>
        new(p.EnterpriseName, p.Uscc, p.Reason.ToString(), p.DocumentType, p.DocumentNumber, p.DocumentDate, p.Start, p.End);
}

public sealed record PublicListingPage(IReadOnlyList<PublicListingResponse> Items, int Page, int PageSize, int Total);

public sealed record PolicyVersionResponse(
    string PackId, int Version, string Title, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string DueProcessClause,
    int ObjectionPeriodDays, string ObjectionPeriodClause, IReadOnlyDictionary<string, ListingPeriodResponse> ListingPeriods,
    IReadOnlyDictionary<string, string> LegalBasis, int IdleLandYears, string IdleLandClause)
{
    public static PolicyVersionResponse From(CreditPolicy p) => new(
        p.PackId, p.Version, p.Title, p.EffectiveFrom, p.EffectiveTo, p.DueProcessClause,
        p.ObjectionPeriod.CalendarDays, p.ObjectionPeriod.Clause,
        p.ListingPeriods.ToDictionary(kv => kv.Key.ToString(), kv => new ListingPeriodResponse(kv.Value.Years, kv.Value.Clause)),
        p.LegalBasis.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value),
        p.IdleLand.Years, p.IdleLand.Clause);
}

public sealed record ListingPeriodResponse(int Years, string Clause);

public sealed record PolicyPackResponse(string Id, IReadOnlyList<PolicyVersionResponse> Versions);
