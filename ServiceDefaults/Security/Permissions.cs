using System.Collections.Frozen;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// The reviewed table of who may do what (issue 3; ARCHITECTURE.md "Who uses it"; RULES.md
/// sections 1-5). Endpoints name a permission, never a bureau or role, so a change of who may do
/// something is one line here and one review. To add a permission: a constant, and a row in
/// <see cref="Table"/> (a test fails when a constant has no row).
/// </summary>
public static partial class Permissions
{
    // Admission review (RULES §1): the development bureau runs it; the district government approves.
    public const string AdmissionApplicationsSubmit = "admission.applications.submit";
    public const string AdmissionReview = "admission.review";
    public const string AdmissionApprove = "admission.approve";
    public const string AdmissionRead = "admission.read";

    // Land pricing (RULES §2): the planning & natural resources branch.
    public const string PricingQuotesWrite = "pricing.quotes.write";
    public const string PricingRead = "pricing.read";

    // Contracts (RULES §3): the district government holds supervision contracts, planning the land contracts.
    public const string ContractsWrite = "contracts.write";
    public const string ContractsSign = "contracts.sign";
    public const string ContractsTerminate = "contracts.terminate";
    public const string ContractsCommitmentsGet = "contracts.commitments.get";
    public const string ContractsRead = "contracts.read";

    // Performance monitoring (RULES §4): the development bureau with statistics and tax.
    public const string MonitoringReportsSubmit = "monitoring.reports.submit";
    public const string MonitoringIndicatorsConfirm = "monitoring.indicators.confirm";
    public const string MonitoringAssessmentsApply = "monitoring.assessments.apply";
    public const string MonitoringAssessmentsWrite = "monitoring.assessments.write";
    public const string MonitoringLedgerWrite = "monitoring.ledger.write";
    public const string MonitoringRead = "monitoring.read";
    public const string MonitoringFilesRead = "monitoring.files.read";

    // Credit blacklist (RULES §5): the credit office.
    public const string CreditListingsWrite = "credit.listings.write";
    public const string CreditDelist = "credit.delist";
    public const string CreditObjectionsFile = "credit.objections.file";
    public const string CreditObjectionsDecide = "credit.objections.decide";
    public const string CreditCheck = "credit.check";
    public const string CreditRead = "credit.read";

    // Every service's audit trail.
    public const string AuditRead = "audit.read";
    public const string AuditVerify = "audit.verify";

    // Every service's failed messages (parked outbox rows, _error queues): the operations API.
    public const string OperationsMessagesRead = "operations.messages.read";
    public const string OperationsMessagesReplay = "operations.messages.replay";

    // Moving a service's clock forward, only when the platform runs with --controllable-clock (ServiceDefaults/Clock).
    public const string OperationsClock = "operations.clock";

    public static FrozenDictionary<string, IReadOnlyList<Grant>> Table { get; } = BuildTable();

    /// <summary>Whether <paramref name="actor"/> holds <paramref name="permission"/>.</summary>
    public static bool Admits(string permission, CurrentActor actor) =>
        Table.TryGetValue(permission, out var grants) && grants.Any(g => g.Admits(actor));

    /// <summary>Throws for a name not in the table, so a typo fails at start-up instead of locking an endpoint.</summary>
    public static string Require(string permission) => Table.ContainsKey(permission)
        ? permission
        : throw new ArgumentException($"'{permission}' is not in LandPlatform.ServiceDefaults.Security.Permissions.", nameof(permission));
}
