namespace LandPlatform.Web.Api;

// What the portal reads of credit's GET /enterprises/{uscc} (services/Credit/Api/Contracts).
public sealed record CreditStatus(string Uscc, string Status, bool Blacklisted, IReadOnlyList<CreditListing> Listings);

public sealed record CreditDocument(string Type, string Number, DateOnly Date);

public sealed record CreditObjection(string Grounds, DateTimeOffset FiledAt, string Outcome, string? ReviewReasons);

public sealed record CreditListing(
    Guid Id, string Uscc, string EnterpriseName, string Reason, string Status, bool BarsLand, CreditDocument Document, string LegalBasis,
    DateTimeOffset NoticedAt, DateOnly LastDayToObject, int ObjectionPeriodDays, int ListingPeriodYears, CreditObjection? Objection,
    DateTimeOffset? EffectiveFrom, DateTimeOffset? PeriodEndsAt);
