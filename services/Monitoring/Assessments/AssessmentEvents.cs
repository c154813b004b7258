using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Infrastructure;

namespace LandPlatform.Monitoring.Assessments;

/// <summary>
/// The facts a decided assessment publishes, staged in the outbox with the decision (one SaveChanges): passed →
/// contracts refunds the deposit; failed → contracts keeps it, and a final failure terminates the contract and, with
/// the decision document, opens credit's notice (国办发〔2020〕49号 二 a legally effective document).
/// </summary>
internal static class AssessmentEvents
{
    public static void StageDecision(MonitoringDbContext db, Assessment assessment)
    {
        if (assessment.Outcome == AssessmentOutcome.Passed)
        {
            db.AddIntegrationEvent(new AssessmentPassed(assessment.Id, assessment.ContractId, assessment.Uscc, assessment.DecidedOn!.Value)
            {
                ParcelCode = assessment.Standard.ParcelCode,
            });
            return;
        }

        // Overruled to a failure, the joint review's lines may all pass: the government's reason is the failure's.
        var reason = assessment.Overrule is { } overrule ? $"{overrule.Explanation} {assessment.Result!.FailureSummary()}".Trim() : assessment.Result!.FailureSummary();
        StageFailure(db, assessment, assessment.DecidedOn!.Value, reason, assessment.Final);
    }

    /// <summary>The rectification period ran out: RectificationExpired, and the failure becomes final for contracts and credit.</summary>
    public static void StageExpiry(MonitoringDbContext db, Assessment assessment)
    {
        var on = assessment.RectificationExpiredOn!.Value;
        db.AddIntegrationEvent(new RectificationExpired(assessment.Id, assessment.ContractId, assessment.Uscc, assessment.RectificationDeadline!.Value, on)
        {
            EnterpriseName = assessment.EnterpriseName,
        });
        StageFailure(db, assessment, on, $"rectification period ended on {assessment.RectificationDeadline:yyyy-MM-dd} without a rectification assessment", final: true);
    }

    private static void StageFailure(MonitoringDbContext db, Assessment assessment, DateOnly on, string reason, bool final) =>
        db.AddIntegrationEvent(new AssessmentFailed(assessment.Id, assessment.ContractId, assessment.Uscc, on, reason, final)
        {
            DocumentType = assessment.Decision?.Type,
            DocumentNumber = assessment.Decision?.Number,
            DocumentDate = assessment.Decision?.Date,
            EnterpriseName = assessment.EnterpriseName,
            ParcelCode = assessment.Standard.ParcelCode,
        });
}
