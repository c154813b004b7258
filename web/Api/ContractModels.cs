namespace LandPlatform.Web.Api;

// What the portal reads of contracts' answers (services/Contracts/Api/Contracts/Responses.cs); the names are the JSON names.
public sealed record ContractSummary(Guid Id, string Uscc, string? EnterpriseName, string ParcelCode, string SupplyMode, string State, decimal TransactionPrice, DateOnly? SignedOn);

public sealed record ContractStepEntry(int Number, string Action, string From, string To, DateOnly On, DateTimeOffset RecordedAt, string ActorId, string ActorName, string? Note);

public sealed record ContractIndicator(string Code, decimal Value, string Unit, string Clause);

public sealed record ContractInstalment(int Number, DateOnly DueOn, decimal Amount);

public sealed record ContractPayment(DateOnly PaidOn, decimal Amount, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record LatePaymentLine(int Instalment, DateOnly DueOn, decimal Overdue, int Days, decimal Amount, string Explanation);

/// <summary>
/// 逾期开工 / 逾期竣工 违约金 as contracts counts it (MilestonePenaltyResponse): the pack's rate of the price per day late,
/// to the day the milestone was reached (<see cref="Final"/>) or to today while it is still outstanding.
/// </summary>
public sealed record MilestonePenalty(
    string Milestone, DateOnly AgreedBy, DateOnly? ReachedOn, DateOnly Through, int DaysLate, decimal RatePerDay, decimal TransactionPrice,
    decimal Amount, bool Final, string Clause, string Explanation);

public sealed record LatePaymentPenalty(decimal Amount, DateOnly Through, decimal RatePerDay, string Clause, IReadOnlyList<LatePaymentLine> Steps);

public sealed record SupervisionContract(
    Guid Id, string Uscc, string? EnterpriseName, string ParcelCode, string SupplyMode, string PolicyPackId, string State,
    IReadOnlyList<string> AllowedSteps, decimal TransactionPrice, int TermYears, int? LeaseYears, decimal LandAreaM2, decimal FloorAreaM2,
    int StartWithinMonths, int CompleteWithinMonths, decimal DepositAmount, string DepositStatus, DateOnly? SignedOn, DateOnly? DeliveredOn,
    DateOnly? AgreedStartBy, DateOnly? StartedOn, DateOnly? AgreedCompletionBy, DateOnly? CompletedOn, DateOnly? ProductionOn,
    DateOnly? LeaseEndsOn, string? TerminationCause, IReadOnlyList<ContractIndicator> Indicators, IReadOnlyList<DateOnly> MissingProgressReports,
    IReadOnlyList<ContractStepEntry> Steps)
{
    public DateOnly? LandContractSignedOn { get; init; }

    public string? LandContractNumber { get; init; }

    public IReadOnlyList<ContractInstalment> Instalments { get; init; } = [];

    public IReadOnlyList<ContractPayment> Payments { get; init; } = [];

    public decimal PaidTotal { get; init; }

    public LatePaymentPenalty? LatePayment { get; init; }

    public IReadOnlyList<MilestonePenalty> MilestonePenalties { get; init; } = [];

    public DateOnly? TermEndsOn { get; init; }
}

/// <summary>
/// The dated steps a clerk records on a contract: the route of each (contracts' POST /contracts/{id}/{route} with
/// <c>{ on }</c>) and the action name the service lists in <c>allowedSteps</c>.
/// </summary>
public static class ContractSteps
{
    public static readonly IReadOnlyList<(string Route, string Action)> Dated =
    [
        ("signature", "Sign"),
        ("deposit", "PayDeposit"),
        ("delivery", "DeliverLand"),
        ("construction-start", "StartConstruction"),
        ("completion", "CompleteConstruction"),
        ("production", "StartProduction"),
        ("assessment-application", "ApplyForAssessment"),
        ("rectification", "BeginRectification"),
        ("grant", "ConvertToGrant"),
        ("exit", "Exit"),
    ];

    public static string? RouteOf(string action) => Dated.FirstOrDefault(d => d.Action == action).Route;
}
