namespace LandPlatform.Web.Api;

// What the portal reads of admission's answers (services/Admission/Api/Contracts); the names are the JSON names.
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

public sealed record Standard(Guid Id, int Version, string Status, string PackId, string ParcelCode, StandardTerms Terms, string? ApprovedBy, DateTimeOffset? ApprovedAt)
{
    /// <summary>Admission's check of the draft against its pack, line by line; a standard failing it cannot be approved.</summary>
    public IReadOnlyList<StandardCheckLine> Check { get; init; } = [];

    public bool PassesCheck { get; init; }

    public string DraftedBy { get; init; } = "";

    public DateTimeOffset DraftedAt { get; init; }

    public string? ApprovalOpinion { get; init; }
}

public sealed record StandardCheckLine(string Rule, string Subject, string Value, string Limit, bool Pass, string Clause);

public sealed record StandardTerms(
    string PackId, string ParcelCode, string Location, decimal LandAreaM2, string LandUse, PlanningConditions Planning,
    IReadOnlyList<string> Industries, IReadOnlyList<IndicatorThreshold> Indicators, int TermYears, string SupplyMode, string BiddingMode);

public sealed record PlanningConditions(
    decimal? FarMin, decimal? FarMax, decimal? BuildingDensityMinPercent, decimal? GreenRatioMinPercent, decimal? SupportingMaxPercent,
    decimal? RndUnitMinM2, decimal? ProductionUnitMinM2, int? GreenStarsNewBuilding, int? GreenStarsRenovation);

public sealed record IndicatorThreshold(string Code, decimal Value, string Unit, string Clause, string? Group);

public sealed record LandApplication(
    Guid Id, string EnterpriseName, string Uscc, string Industry, decimal RequestedLandAreaM2, string PolicyPackId, string Status,
    string? RefusalReason, DateTimeOffset SubmittedAt)
{
    public Guid? StandardId { get; init; }

    public int? StandardVersion { get; init; }

    public string? ParcelCode { get; init; }

    public Evaluation? Evaluation { get; init; }

    public IReadOnlyList<ReviewOpinion> Opinions { get; init; } = [];

    public string? Proposal { get; init; }

    public string? ApprovedBy { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }

    public string? ApprovalOpinion { get; init; }

    public string? SuspensionReason { get; init; }

    public IReadOnlyList<string> AllowedNextSteps { get; init; } = [];
}

public sealed record Evaluation(string Verdict, IReadOnlyList<VerdictLine> Lines);

public sealed record VerdictLine(string Kind, string Code, string Subject, string Committed, string Threshold, string? Conversion, string Outcome, string Clause, string? Group);

public sealed record ReviewOpinion(string BureauCode, string BureauName, string Person, bool Agree, string Reasons, string RecordedBy, DateTimeOffset At);

public sealed record HistoryEntry(string Step, string From, string To, string By, DateTimeOffset At, string? Note);
