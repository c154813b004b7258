using System.Collections.Frozen;

namespace LandPlatform.ServiceDefaults.Security;

public static partial class Permissions
{
    private static FrozenDictionary<string, IReadOnlyList<Grant>> BuildTable()
    {
        const string clerk = StaffRoles.Clerk, reviewer = StaffRoles.Reviewer, leader = StaffRoles.Leader;

        // Reading is open to every bureau's staff and to auditors; enterprises and the public read
        // only what a service exposes for them (their own files, the public disclosure).
        Grant[] staffAndAuditors = [.. Bureaus.Staff.Select(b => Grant.Staff(b)), Grant.Auditor];

        return new Dictionary<string, IReadOnlyList<Grant>>(StringComparer.Ordinal)
        {
            // An enterprise applies for itself; a development clerk may lodge a paper application for one.
            [AdmissionApplicationsSubmit] = [Grant.Enterprise, Grant.Staff(Bureaus.Development, clerk)],
            // Material check and the joint review opinions (RULES §1 workflow).
            [AdmissionReview] = [Grant.Staff(Bureaus.Development)],
            // District government approval and case-by-case exemptions are decided by a leader.
            [AdmissionApprove] = [Grant.Staff(Bureaus.District, leader)],
            // Enterprises read their own applications; the endpoint checks the code (EnterpriseScope).
            [AdmissionRead] = [.. staffAndAuditors, Grant.Enterprise],

            [PricingQuotesWrite] = [Grant.Staff(Bureaus.Planning)],
            [PricingRead] = staffAndAuditors,

            // Supervision contracts (district) and land contracts (planning) are drafted by both.
            [ContractsWrite] = [Grant.Staff(Bureaus.District), Grant.Staff(Bureaus.Planning)],
            // 甲 signs through a leader, 乙 is the enterprise itself (own code only).
            [ContractsSign] = [Grant.Enterprise, Grant.Staff(Bureaus.District, leader), Grant.Staff(Bureaus.Planning, leader)],
            // Termination and recovery: planning recovers the land, the district government decides.
            [ContractsTerminate] = [Grant.Staff(Bureaus.Planning, leader), Grant.Staff(Bureaus.District, leader)],
            // gRPC contracts.GetCommitments: monitoring compares commitments with actuals.
            [ContractsCommitmentsGet] = [Grant.ServiceCaller(ServiceIdentities.Monitoring)],
            // Enterprises read their own contracts and their printed text; the endpoints check the code (EnterpriseScope).
            [ContractsRead] = [.. staffAndAuditors, Grant.Enterprise],

            [MonitoringReportsSubmit] = [Grant.Enterprise],
            [MonitoringIndicatorsConfirm] = [Grant.Staff(Bureaus.Statistics), Grant.Staff(Bureaus.Tax)],
            // The enterprise applies for its own assessment (Hangzhou art. 9 用地受让单位…提供); a development clerk may lodge a paper one.
            [MonitoringAssessmentsApply] = [Grant.Enterprise, Grant.Staff(Bureaus.Development, clerk)],
            [MonitoringAssessmentsWrite] = [Grant.Staff(Bureaus.Development)],
            // Idle and inefficient land ledger: development monitors, planning recovers.
            [MonitoringLedgerWrite] = [Grant.Staff(Bureaus.Development), Grant.Staff(Bureaus.Planning)],
            [MonitoringRead] = staffAndAuditors,
            // An enterprise's own reports and assessments (annex 3 三(八) it provides the figures and must see what was
            // judged); the endpoints show an enterprise user only its own code's (others' answer 404).
            [MonitoringFilesRead] = [.. staffAndAuditors, Grant.Enterprise],

            [CreditListingsWrite] = [Grant.Staff(Bureaus.Credit)],
            // Delisting (credit repair) is an explicit decision with reasons: not a clerk's alone.
            [CreditDelist] = [Grant.Staff(Bureaus.Credit, reviewer, leader)],
            [CreditObjectionsFile] = [Grant.Enterprise],
            [CreditObjectionsDecide] = [Grant.Staff(Bureaus.Credit, reviewer, leader)],
            // gRPC credit.Check: asked before supplying land (admission) and before signing (contracts).
            [CreditCheck] = [Grant.ServiceCaller(ServiceIdentities.Admission), Grant.ServiceCaller(ServiceIdentities.Contracts)],
            // Enterprises read their own credit file; the endpoint checks the code (EnterpriseScope).
            [CreditRead] = [.. staffAndAuditors, Grant.Enterprise],

            [AuditRead] = [Grant.Auditor],
            [AuditVerify] = [Grant.Auditor],

            // Failed messages are platform plumbing, not bureau business: operators watch them and
            // auditors may see what failed and what was replayed; no bureau's staff needs either.
            [OperationsMessagesRead] = [Grant.Staff(Bureaus.Operations), Grant.Auditor],
            // Replay re-delivers an event that bureaus' state reacts to (a blacklisting, a refund), so
            // only operators may do it; each replay is audited with the operator's name.
            [OperationsMessagesReplay] = [Grant.Staff(Bureaus.Operations)],
            // Moving the dates every rule reads: operators only, and only on a platform started to be driven that way.
            [OperationsClock] = [Grant.Staff(Bureaus.Operations)],
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
