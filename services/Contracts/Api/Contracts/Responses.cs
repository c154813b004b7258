using System.Globalization;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Contracts.Api.Contracts;

public sealed record SupplyResponse(
    Guid Id, Guid ApplicationId, string Uscc, string ParcelCode, string SupplyMode, decimal TransactionPrice,
    DateOnly TransactionDate, string ConfirmationNumber, int TermYears, int? LeaseYears, IReadOnlyList<InstalmentTerm> Instalments,
    string RecordedBy, DateTimeOffset RecordedAt)
{
    public static SupplyResponse From(SupplyResult s) => new(
        s.Id, s.ApplicationId, s.Uscc, s.ParcelCode, s.SupplyMode, s.TransactionPrice, s.TransactionDate, s.ConfirmationNumber,
        s.TermYears, s.LeaseYears, s.Instalments, s.RecordedByName, s.RecordedAt);
}

public sealed record StepResponse(int Number, string Action, string From, string To, DateOnly On, DateTimeOffset RecordedAt, string ActorId, string ActorName, string? Note);

public sealed record ContractResponse(
    Guid Id,
    Guid SupplyId,
    Guid ApplicationId,
    string Uscc,
    string? EnterpriseName,
    string ParcelCode,
    string SupplyMode,
    string PolicyPackId,
    int PolicyPackVersion,
    string State,
    IReadOnlyList<string> AllowedSteps,
    decimal TransactionPrice,
    int TermYears,
    int? LeaseYears,
    decimal LandAreaM2,
    decimal FloorAreaM2,
    int StartWithinMonths,
    int CompleteWithinMonths,
    decimal DepositAmount,
    string DepositStatus,
    DateOnly? SignedOn,
    DateOnly? DeliveredOn,
    DateOnly? AgreedStartBy,
    DateOnly? StartedOn,
    DateOnly? AgreedCompletionBy,
    DateOnly? CompletedOn,
    DateOnly? ProductionOn,
    DateOnly? LeaseEndsOn,
    decimal? GrantPrice,
    string? TerminationCause,
    decimal? Compensation,
    IReadOnlyList<CommittedIndicator> Indicators,
    IReadOnlyList<DateOnly> MissingProgressReports,
    IReadOnlyList<StepResponse> Steps)
{
    public DateOnly? LandContractSignedOn { get; init; }

    public string? LandContractNumber { get; init; }

    public IReadOnlyList<InstalmentTerm> Instalments { get; init; } = [];

    public IReadOnlyList<PaymentResponse> Payments { get; init; } = [];

    public decimal PaidTotal { get; init; }

    public LatePaymentResponse? LatePayment { get; init; }

    public DateOnly? RegisteredOn { get; init; }

    public DateOnly? TermEndsOn { get; init; }

    public DateOnly? TermRenewalAppliedOn { get; init; }

    /// <summary>Where <see cref="Compensation"/> comes from (pricing's calculation), for a termination or a lease's exit.</summary>
    public string? CompensationReference { get; init; }

    /// <summary>The penalty of each late milestone as it stands today: still growing, or final once reached.</summary>
    public IReadOnlyList<MilestonePenaltyResponse> MilestonePenalties { get; init; } = [];

    /// <param name="today">The calendar day of the clock: an outstanding late milestone's penalty is counted to it.</param>
    public static ContractResponse From(SupervisionContract c, ContractsPolicy policy, DateOnly today) => Core(c) with
    {
        MilestonePenalties = [.. MilestonePenaltyResponse.Of(c, policy, today)],
        LandContractSignedOn = c.LandContractSignedOn,
        LandContractNumber = c.LandContractNumber,
        Instalments = c.Instalments,
        Payments = [.. c.Payments.Select(p => new PaymentResponse(p.PaidOn, p.Amount, p.RecordedById, p.RecordedByName, p.RecordedAt))],
        PaidTotal = c.PaidTotal,
        LatePayment = c.LatePaymentAccruedThrough is { } through && c.LatePaymentAccrued > 0
            ? LatePaymentResponse.From(c.LatePaymentOn(through, policy))
            : null,
        RegisteredOn = c.RegisteredOn,
        TermEndsOn = c.TermEndsOn,
        TermRenewalAppliedOn = c.TermRenewalAppliedOn,
        CompensationReference = c.CompensationReference,
    };

    private static ContractResponse Core(SupervisionContract c) => new(
        c.Id, c.SupplyId, c.ApplicationId, c.Uscc, c.EnterpriseName, c.ParcelCode, c.SupplyMode, c.PolicyPackId, c.PolicyPackVersion,
        c.State.ToString(), [.. ContractLifecycle.AllowedFrom(c.State, c.SupplyMode).Select(a => a.ToString())],
        c.TransactionPrice, c.TermYears, c.LeaseYears, c.LandAreaM2, c.FloorAreaM2, c.StartWithinMonths, c.CompleteWithinMonths,
        c.DepositAmount, c.DepositStatus.ToString(), c.SignedOn, c.DeliveredOn, c.AgreedStartBy, c.StartedOn, c.AgreedCompletionBy,
        c.CompletedOn, c.ProductionOn, c.LeaseEndsOn, c.GrantPrice, c.TerminationCause?.ToString(), c.Compensation, c.Indicators, c.MissingReports,
        [.. c.Steps.Select(s => new StepResponse(s.Number, s.Action.ToString(), s.From.ToString(), s.To.ToString(), s.EffectiveOn, s.RecordedAt, s.ActorId, s.ActorName, s.Note))]);
}

/// <summary>
/// 逾期开工 / 逾期竣工 违约金 (e.g. Xihu 附件3 五（一）; the clause comes from the pack): the pack's rate of the transaction price for each day after the agreed date,
/// counted to <see cref="Through"/> (the actual date once reached, else today); the same rule the daily job publishes
/// as <c>PenaltyAccrued</c>.
/// </summary>
public sealed record MilestonePenaltyResponse(
    string Milestone, DateOnly AgreedBy, DateOnly? ReachedOn, DateOnly Through, int DaysLate, decimal RatePerDay, decimal TransactionPrice,
    decimal Amount, bool Final, string Clause, string Explanation)
{
    public static IEnumerable<MilestonePenaltyResponse> Of(SupervisionContract c, ContractsPolicy policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var (milestone, agreedBy, reachedOn) in new[]
                 {
                     (Domain.Deadlines.Milestone.Start, c.AgreedStartBy, c.StartedOn),
                     (Domain.Deadlines.Milestone.Completion, c.AgreedCompletionBy, c.CompletedOn),
                 })
        {
            if (agreedBy is not { } by)
            {
                continue;
            }

            var penalty = LatePenalty.Accrued(milestone, by, reachedOn, today, c.TransactionPrice, policy.LatePenaltyPerDay);
            if (penalty.IsLate)
            {
                var through = by.AddDays(penalty.DaysLate);
                yield return new MilestonePenaltyResponse(milestone.ToString(), by, reachedOn, through, penalty.DaysLate, penalty.RatePerDay,
                    c.TransactionPrice, penalty.Amount, Final: reachedOn is { } reached && reached <= today, penalty.Clause,
                    Explain(milestone, by, through, penalty, c.TransactionPrice));
            }
        }
    }

    /// <summary>开工 约定 2026-06-01 前，逾期 37 日（2026-06-02 至 2026-07-08）：成交价 12,345,678 元 × 1‰ × 37 日 = 456,790.09 元.</summary>
    private static string Explain(Domain.Deadlines.Milestone milestone, DateOnly agreedBy, DateOnly through, LatePenalty penalty, decimal price) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{(milestone == Domain.Deadlines.Milestone.Start ? "开工" : "竣工")} 约定 {agreedBy:yyyy-MM-dd} 前，逾期 {penalty.DaysLate} 日（{agreedBy.AddDays(1):yyyy-MM-dd} 至 {through:yyyy-MM-dd}）：成交价 {price:#,0.##} 元 × {penalty.RatePerDay * 1000:0.###}‰ × {penalty.DaysLate} 日 = {Math.Round(penalty.Amount, 2, MidpointRounding.AwayFromZero):#,0.00} 元");
}

public sealed record PaymentResponse(DateOnly PaidOn, decimal Amount, string RecordedById, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// The late-payment penalty as the daily job last accrued it (through <see cref="Through"/>), explained stretch by
/// stretch (overdue amount × rate × days) with the clause it rests on.
/// </summary>
public sealed record LatePaymentResponse(decimal Amount, DateOnly Through, decimal RatePerDay, string Clause, IReadOnlyList<LatePaymentStepResponse> Steps)
{
    public static LatePaymentResponse From(LatePayment late) => new(
        late.Amount, late.Through, late.Steps.FirstOrDefault()?.RatePerDay ?? 0m, late.Clause,
        [.. late.Steps.Select(s => new LatePaymentStepResponse(s.Instalment, s.DueOn, s.From, s.Through, s.Overdue, s.Days, s.Amount, Explain(s)))]);

    /// <summary>第2期（应于 2026-07-10 缴纳）逾期 1,000,000 元 × 1‰ × 10 日（2026-07-11 至 2026-07-20）= 10,000 元; a price due in one sum: 一次性付清（应于 …）.</summary>
    public static string Explain(LatePaymentStep s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Label}（应于 {s.DueOn:yyyy-MM-dd} 缴纳）逾期 {s.Overdue:#,0.##} 元 × {s.RatePerDay * 1000:0.###}‰ × {s.Days} 日（{s.From:yyyy-MM-dd} 至 {s.Through:yyyy-MM-dd}）= {s.Amount:#,0.##} 元");
}

public sealed record LatePaymentStepResponse(int Instalment, DateOnly DueOn, DateOnly From, DateOnly Through, decimal Overdue, int Days, decimal Amount, string Explanation);

/// <summary>One line of a contract list.</summary>
public sealed record ContractSummary(Guid Id, string Uscc, string? EnterpriseName, string ParcelCode, string SupplyMode, string State, decimal TransactionPrice, DateOnly? SignedOn)
{
    public static ContractSummary From(SupervisionContract c) =>
        new(c.Id, c.Uscc, c.EnterpriseName, c.ParcelCode, c.SupplyMode, c.State.ToString(), c.TransactionPrice, c.SignedOn);
}

/// <summary>The answer to a transfer, lease or mortgage request: allowed, or every limit it breaks.</summary>
public sealed record LimitCheckResponse(bool Allowed, IReadOnlyList<LimitRefusal> Refusals);

public sealed record LimitRefusal(string Rule, string Message, string Clause);
