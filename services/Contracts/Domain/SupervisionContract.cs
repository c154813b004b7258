using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Limits;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain;

/// <summary>
/// 履约监管协议 / 标准地投资建设合同 (seed 004 附件3): what the enterprise (乙) promised the district (甲) for one
/// parcel, drafted from the supply result and the qualification, then walked through its states by dated steps
/// (<see cref="ContractLifecycle"/>). Every step is checked before anything changes and appended to
/// <see cref="Steps"/> with who and when. Pure: the clock's day and instant are passed in.
/// </summary>
public sealed partial class SupervisionContract
{
    private readonly List<ContractStep> _steps = [];

    private SupervisionContract()
    {
    }

    public Guid Id { get; private set; }

    public Guid SupplyId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string Uscc { get; private set; } = "";

    public string? EnterpriseName { get; private set; }

    public string ParcelCode { get; private set; } = "";

    public string? Location { get; private set; }

    public string? ProjectName { get; private set; }

    public string? LandUse { get; private set; }

    public string? Industry { get; private set; }

    public string SupplyMode { get; private set; } = "";

    public string PolicyPackId { get; private set; } = "";

    public int PolicyPackVersion { get; private set; }

    public decimal TransactionPrice { get; private set; }

    public DateOnly TransactionDate { get; private set; }

    public string ConfirmationNumber { get; private set; } = "";

    /// <summary>The whole term; for 先租后让 the lease and grant years together (Beijing 三（四） 租赁和出让总年期).</summary>
    public int TermYears { get; private set; }

    public int? LeaseYears { get; private set; }

    public decimal LandAreaM2 { get; private set; }

    public decimal FloorAreaM2 { get; private set; }

    public decimal? SelfHeldSharePercent { get; private set; }

    public int StartWithinMonths { get; private set; }

    public int CompleteWithinMonths { get; private set; }

    public int AssessmentWithinMonths { get; private set; }

    public List<CommittedIndicator> Indicators { get; private set; } = [];

    public decimal DepositAmount { get; private set; }

    public DepositStatus DepositStatus { get; private set; }

    public ContractState State { get; private set; }

    public DateOnly DraftedOn { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public DateOnly? DepositPaidOn { get; private set; }

    public DateOnly? DeliveredOn { get; private set; }

    public DateOnly? AgreedStartBy { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? AgreedCompletionBy { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateOnly? ProductionOn { get; private set; }

    public DateOnly? AssessmentAppliedOn { get; private set; }

    public DateOnly? AssessedOn { get; private set; }

    public int FailedAssessments { get; private set; }

    /// <summary>The last failure was final (after rectification): no further rectification.</summary>
    public bool FinalFailure { get; private set; }

    /// <summary>先租后让: the day the lease (with any renewal) ends.</summary>
    public DateOnly? LeaseEndsOn { get; private set; }

    public int Renewals { get; private set; }

    /// <summary>先租后让: the day the passing notice was given; the grant is signed and paid within 15 days of it.</summary>
    public DateOnly? GrantNoticeOn { get; private set; }

    public decimal? GrantPrice { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public TerminationCause? TerminationCause { get; private set; }

    /// <summary>
    /// What the government pays back on termination (yuan), as pricing's compensation calculator computed it
    /// (POST /api/pricing/compensation: land at the original price less the years used, Xihu 第九条; remaining lease
    /// rent less the penalty, Beijing 三（七）; buildings at replacement cost × newness). Contracts records the
    /// figure and the quote's reference; it never recomputes pricing's rule.
    /// </summary>
    public decimal? Compensation { get; private set; }

    public string? CompensationReference { get; private set; }

    /// <summary>Evidence that the delay was the government's (闲置土地处置办法 第八条); idle land is then not the enterprise's fault.</summary>
    public string? GovernmentDelayEvidence { get; private set; }

    public decimal SubdividedFloorAreaM2 { get; private set; }

    public DateOnly? FirstTransferOn { get; private set; }

    public List<DateOnly> ProgressReports { get; private set; } = [];

    /// <summary>Ends of the report periods that closed without a report (flagged by the daily job).</summary>
    public List<DateOnly> MissingReports { get; private set; } = [];

    public IReadOnlyList<ContractStep> Steps => _steps.AsReadOnly();

    /// <summary>Optimistic concurrency: a request and the daily job never both change one contract unseen.</summary>
    public int Revision { get; private set; }

    public bool IsLease => SupplyMode is SupplyModes.LeaseThenTransfer or SupplyModes.Lease;

    public static SupervisionContract Draft(
        Guid id, SupplyResult supply, Qualification qualification, ContractsPolicy policy,
        int? startWithinMonths, int? completeWithinMonths, decimal? floorAreaM2, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(supply);
        ArgumentNullException.ThrowIfNull(qualification);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(actor);
        var lease = supply.SupplyMode is SupplyModes.LeaseThenTransfer or SupplyModes.Lease;
        var exempt = lease && policy.DepositExemptForLeaseThenTransfer.Value;
        var deposit = exempt ? 0m : supply.TransactionPrice * policy.DepositShare.Value;
        var contract = new SupervisionContract
        {
            Id = id,
            SupplyId = supply.Id,
            ApplicationId = supply.ApplicationId,
            Uscc = supply.Uscc,
            EnterpriseName = qualification.EnterpriseName,
            ParcelCode = supply.ParcelCode,
            Location = supply.Location,
            ProjectName = qualification.ProjectName,
            LandUse = qualification.LandUse,
            Industry = qualification.Industry,
            SupplyMode = supply.SupplyMode,
            PolicyPackId = policy.PackId,
            PolicyPackVersion = policy.Version,
            TransactionPrice = supply.TransactionPrice,
            TransactionDate = supply.TransactionDate,
            ConfirmationNumber = supply.ConfirmationNumber,
            TermYears = supply.TermYears,
            LeaseYears = supply.LeaseYears,
            LandAreaM2 = qualification.LandAreaM2 ?? 0,
            FloorAreaM2 = floorAreaM2 ?? qualification.PlannedFloorAreaM2 ?? 0,
            SelfHeldSharePercent = qualification.SelfHeldSharePercent,
            StartWithinMonths = startWithinMonths ?? policy.StartWithinMonthsOfDelivery.Value,
            CompleteWithinMonths = completeWithinMonths ?? policy.CompleteWithinMonthsOfStart.Value,
            AssessmentWithinMonths = policy.ApplyForAssessmentWithinMonthsOfCompletion.Value,
            Indicators = [.. qualification.Indicators],
            Instalments = [.. supply.Instalments],
            DepositAmount = deposit,
            DepositStatus = deposit > 0 ? DepositStatus.Due : DepositStatus.NotRequired,
            State = ContractState.Draft,
            DraftedOn = today,
        };
        contract._steps.Add(new ContractStep(1, ContractAction.Draft, ContractState.Draft, ContractState.Draft, today, now, actor.Id, actor.Name, null));
        return contract;
    }

    public void Sign(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now)
    {
        Take(ContractAction.Sign, on, actor, today, now);
        SignedOn = on;
        if (IsLease && LeaseYears is { } years)
        {
            LeaseEndsOn = on.AddYears(years).AddDays(-1);
        }
    }

    public void PayDeposit(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now)
    {
        Take(ContractAction.PayDeposit, on, actor, today, now);
        DepositPaidOn = on;
        DepositStatus = DepositAmount > 0 ? DepositStatus.Held : DepositStatus.NotRequired;
    }

    public void DeliverLand(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now)
    {
        Take(ContractAction.DeliverLand, on, actor, today, now);
        DeliveredOn = on;
        AgreedStartBy = on.AddMonths(StartWithinMonths);
    }

    public void StartConstruction(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now)
    {
        Take(ContractAction.StartConstruction, on, actor, today, now, check: () => BusinessRules.Check(new StartMustNotPrecedeDelivery(on, DeliveredOn!.Value)));
        StartedOn = on;
        AgreedCompletionBy = on.AddMonths(CompleteWithinMonths);
    }

    public void CompleteConstruction(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now)
    {
        Take(ContractAction.CompleteConstruction, on, actor, today, now, check: () => BusinessRules.Check(new CompletionMustNotPrecedeStart(on, StartedOn!.Value)));
        CompletedOn = on;
    }

    public void StartProduction(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now)
    {
        Take(ContractAction.StartProduction, on, actor, today, now);
        ProductionOn = on;
    }

    public DateOnly? AssessmentWindowOpensOn => CompletedOn;

    public DateOnly? AssessmentWindowClosesOn => CompletedOn?.AddMonths(AssessmentWithinMonths);

    public int DaysLate(Milestone milestone) => milestone switch
    {
        Milestone.Start when AgreedStartBy is { } by && StartedOn is { } on => Math.Max(0, on.DayNumber - by.DayNumber),
        Milestone.Completion when AgreedCompletionBy is { } by && CompletedOn is { } on => Math.Max(0, on.DayNumber - by.DayNumber),
        _ => 0,
    };

    public ParcelStanding Standing(DateOnly today, ContractsPolicy policy) => new(
        TransactionPrice,
        FloorAreaM2,
        AssessmentPassed: State is ContractState.Passed or ContractState.GrantOpened or ContractState.Granted,
        DevelopmentComplete: CompletedOn is not null,
        Idle: AgreedStartBy is { } by && IdleLand.On(by, StartedOn, today, TransactionPrice, policy.National) is not null,
        ParkDeveloper: false,
        Lease: IsLease && State != ContractState.Granted,
        SubdividedFloorAreaM2,
        FirstTransferOn);

    private void Take(ContractAction action, DateOnly on, Actor actor, DateOnly today, DateTimeOffset now, string? note = null, Action? check = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = ContractLifecycle.Next(State, action, SupplyMode);
        if (!outcome.Allowed)
        {
            throw new IllegalTransitionException(action, outcome);
        }

        BusinessRules.Check(new EventDateMustNotBeInTheFuture(action.ToString(), on, today));
        // The step's own rule first (it names the cause: a start before delivery), then the general order.
        check?.Invoke();
        if (_steps.Count > 1)
        {
            BusinessRules.Check(new StepsMustBeInTimeOrder(on, _steps[^1].EffectiveOn));
        }

        _steps.Add(new ContractStep(_steps.Count + 1, action, State, outcome.State, on, now, actor.Id, actor.Name, note));
        State = outcome.State;
        Revision++;
        // The dates the daily job watches may have moved: it looks at this contract again on its next run.
        ScheduleCheck(on);
    }
}
