using LandPlatform.Auditing;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Monitoring.Api;
using LandPlatform.Monitoring.Assessments;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.AnnualChecks;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Efficiency;
using LandPlatform.Monitoring.Domain.Supervision;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Policies;
using LandPlatform.Monitoring.Reports;
using LandPlatform.SeedWork;
using Microsoft.EntityFrameworkCore;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Monitoring.Supervision;

/// <summary>
/// One pass of the supervision schedule, on the injected clock: the annual re-check of every passed contract for each
/// ended year with confirmed figures, or without them once they are overdue (Hangzhou art. 13, annex 3 五(四) and 三(八)), rectification periods that ran out, and the
/// cadence's documents (Shilong 四（三）). Each result is stored under a unique key (contract and year, kind and
/// period), so however often the job runs, each is produced and published once.
/// </summary>
public sealed partial class SupervisionRun(
    IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, MonitoringPolicyCatalog policies, ILogger<SupervisionRun> logger)
{
    public async Task RunOnceAsync(CancellationToken ct)
    {
        await RecheckAsync(ct);
        await ExpireRectificationsAsync(ct);
        foreach (var kind in Enum.GetValues<SupervisionKind>())
        {
            await ProduceAsync(kind, ct);
        }
    }

    private async Task RecheckAsync(CancellationToken ct)
    {
        List<(Guid AssessmentId, Guid ContractId, int Year)> due;
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
            var passed = await db.Assessments.AsNoTracking().Where(a => a.Outcome == AssessmentOutcome.Passed).ToListAsync(ct);
            var done = (await db.AnnualChecks.AsNoTracking().Select(c => new { c.ContractId, c.Year }).ToListAsync(ct)).Select(c => (c.ContractId, c.Year)).ToHashSet();
            var passedContracts = passed.Select(a => a.ContractId).ToList();
            // Closed by contracts' events (ContractTerminated, LeaseExited, LeaseConvertedToGrant): no re-check after that.
            var closed = (await db.Contracts.AsNoTracking().Where(c => passedContracts.Contains(c.ContractId)).ToListAsync(ct))
                .ToDictionary(c => c.ContractId, c => c.ClosedOn);
            due = passed.SelectMany(a => AnnualCheck.YearsDue(AnnualCheck.JudgedYear(a), closed.GetValueOrDefault(a.ContractId), today).Select(y => (a.Id, a.ContractId, y)))
                .Where(x => !done.Contains((x.ContractId, x.y))).ToList();
        }

        foreach (var (assessmentId, contractId, year) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var actor = new ServiceActorScope(http, ServiceIdentities.Monitoring, "monitoring service", "monitoring.annual-check");
            var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
            var assessment = await db.Assessments.AsNoTracking().FirstAsync(a => a.Id == assessmentId, ct);
            var policy = policies.Resolve(assessment.Standard.PolicyPackId, assessment.Standard.SignedOn);
            var confirmed = await scope.ServiceProvider.GetRequiredService<ConfirmedReports>().AnnualAsync(contractId, year, ct);
            if (confirmed is null && today <= policy.AnnualReport.DueOn(year))
            {
                continue; // not yet confirmed, and not yet due: the year is checked once it is confirmed or overdue
            }

            // Overdue and unconfirmed: the year fails for want of figures (AnnualCheck.Unreported says why).
            var check = confirmed is { } c
                ? AnnualCheck.Run(policy, assessment, c.Report, c.Version, clock.GetUtcNow())
                : AnnualCheck.Unreported(policy, assessment, year, clock.GetUtcNow());
            db.AnnualChecks.Add(check);
            if (!check.Passed)
            {
                // The re-check is the development bureau's recorded finding; credit still gives notice and hears objections.
                db.AddIntegrationEvent(new AnnualCheckFailed(check.Id, contractId, check.Uscc, year, check.Reason)
                {
                    DocumentType = "年度动态核查结果",
                    DocumentNumber = $"动态核查〔{year}〕{check.Id.ToString("N")[..8]}",
                    DocumentDate = ChinaTime.DateOf(check.CheckedAt),
                    EnterpriseName = assessment.EnterpriseName,
                });
            }

            scope.ServiceProvider.GetRequiredService<IAuditTrail>().Record(new AuditEntry("monitoring.annual-check", "annual-check", check.Id.ToString(),
                After: $"{contractId} {year} {(check.Passed ? "passed" : "failed")}"));
            await SaveOnceAsync(db, $"annual check {contractId} {year}", ct);
        }
    }

    private async Task ExpireRectificationsAsync(CancellationToken ct)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
            candidates = await db.Assessments.AsNoTracking()
                .Where(a => a.RectificationDeadline != null && a.RectificationDeadline < today && a.RectificationExpiredOn == null)
                .Select(a => a.Id).ToListAsync(ct);
        }

        foreach (var id in candidates)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var actor = new ServiceActorScope(http, ServiceIdentities.Monitoring, "monitoring service", "monitoring.rectification-expired");
            var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
            var assessment = await db.Assessments.FirstAsync(a => a.Id == id, ct);
            var rectificationApplied = await db.Assessments.AnyAsync(a => a.PreviousAssessmentId == id, ct);
            if (!assessment.ExpireRectification(today, rectificationApplied))
            {
                continue;
            }

            AssessmentEvents.StageExpiry(db, assessment);
            scope.ServiceProvider.GetRequiredService<IAuditTrail>().Record(new AuditEntry("monitoring.rectification-expired", "assessment", id.ToString(),
                After: $"deadline {assessment.RectificationDeadline:yyyy-MM-dd} passed"));
            await SaveOnceAsync(db, $"rectification expiry {id}", ct);
        }
    }

    private async Task ProduceAsync(SupervisionKind kind, CancellationToken ct)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var (_, period, endsOn) = SupervisionPeriods.LastEnded(kind, today);
        await using var scope = scopes.CreateAsyncScope();
        using var actor = new ServiceActorScope(http, ServiceIdentities.Monitoring, "monitoring service", "monitoring.supervision-document");
        var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        if (await db.SupervisionDocuments.AnyAsync(d => d.Kind == kind && d.Period == period, ct))
        {
            return;
        }

        var standings = await Standings.ReadAsync(db, today, ct);
        var efficiency = LandEfficiency.Compute(await FiguresApi.ParcelYearsAsync(db, kind == SupervisionKind.AnnualEvaluation ? endsOn.Year : null, ct), policies.Latest)
            .Where(g => kind == SupervisionKind.AnnualEvaluation || g.Year == endsOn.Year || g.Year == endsOn.Year - 1).ToList();
        var clause = policies.Latest(MonitoringPolicyCatalog.NationalDefaultId)!.SupervisionCadenceClause;
        var document = SupervisionDocument.Of(SupervisionDocuments.Produce(kind, period, today, clause, standings, efficiency), clock.GetUtcNow());
        db.SupervisionDocuments.Add(document);
        scope.ServiceProvider.GetRequiredService<IAuditTrail>().Record(new AuditEntry("monitoring.supervision-document", "supervision-document", document.Id.ToString(), After: $"{kind} {period}"));
        await SaveOnceAsync(db, $"{kind} {period}", ct);
    }

    /// <summary>Saves; a unique-key clash means a concurrent run produced the same result first, which is fine.</summary>
    private async Task SaveOnceAsync(MonitoringDbContext db, string what, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            LogAlreadyDone(logger, what, e.InnerException?.Message ?? e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervision: {What} was already produced by another run ({Reason})")]
    private static partial void LogAlreadyDone(ILogger logger, string what, string reason);
}
