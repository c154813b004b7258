namespace LandPlatform.Web.Api;

// The public disclosures (no sign-in): credit's effective listings and monitoring's supplied parcels.
public sealed record PublicListing(string EnterpriseName, string Uscc, string Reason, string DocumentType, string DocumentNumber, DateOnly DocumentDate, DateOnly Start, DateOnly End);

public sealed record PublicListingPage(IReadOnlyList<PublicListing> Items, int Page, int PageSize, int Total);

public sealed record PublicParcel(
    string ParcelCode, string? ProjectName, string? EnterpriseName, string Uscc, string? AdministrativeArea, string? Location, string? LandUse,
    decimal? LandAreaM2, string SupplyMode, DateOnly SuppliedOn, string ComplianceState);

// Monitoring's figures for the district dashboard.
public sealed record EfficiencyFigure(string Indicator, decimal Value, string Unit, decimal? Target, string? TargetClause);

public sealed record GroupEfficiency(string Group, int Year, int Parcels, decimal LandAreaMu, IReadOnlyList<EfficiencyFigure> Figures);

public sealed record LedgerEntry(
    string ParcelCode, string Uscc, string? EnterpriseName, Guid? ContractId, decimal? LandAreaM2, string Category, DateOnly Since, int? YearsIdle,
    string? IdleConsequence, bool Overdue);
