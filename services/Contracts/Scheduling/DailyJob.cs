using LandPlatform.Auditing;
using LandPlatform.Contracts.Application;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Daily;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Policies;
using LandPlatform.Messaging.Outbox;
using LandPlatform.SeedWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Contracts.Scheduling;

/// <summary>
/// The daily look at every contract, once per day of the injected clock: missed start and completion dates
/// (MilestoneMissed once, PenaltyAccrued as it grows), idle land at one and two years (IdleLandDetected), report
/// periods that closed empty (flagged on the contract). When the clock has moved several days since the last run
/// (a restart, or a test moving it), each day in between is run in order, so no crossing is skipped.
/// Only contracts due that day are read (an index on NextCheckOn); each batch commits its changes, events and
/// audit records (actor: the contracts service) together.
/// </summary>
internal sealed partial class DailyJob(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock,
    ContractsPolicyCatalog packs,
    IOptions<DailyJobOptions> options,
    ILogger<DailyJob> logger) : BackgroundService
{
    private DateOnly? _lastRun;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds)));
        do
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // E.g. the schema is not ready yet at start-up: the same days are tried at the next poll.
                LogRunFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs every day from the one after the last run through today (today only on the first run).</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        var today = clock.Today();
        for (var day = _lastRun?.AddDays(1) ?? today; day <= today; day = day.AddDays(1))
        {
            await RunDayAsync(day, ct);
            _lastRun = day;
        }
    }

    /// <summary>One day: every contract due on it; returns how many were looked at.</summary>
    public async Task<int> RunDayAsync(DateOnly day, CancellationToken ct)
    {
        var looked = 0;
        var batch = Math.Max(1, options.Value.BatchSize);
        Guid? after = null;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            using var actor = new ServiceActorScope(http, ServiceIdentities.Contracts, Actor.ContractsService.Name, "contracts.daily");
            var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            var due = db.Contracts.Where(c => c.NextCheckOn != null && c.NextCheckOn <= day);
            if (after is { } last)
            {
                due = due.Where(c => c.Id.CompareTo(last) > 0);
            }

            var contracts = await due.OrderBy(c => c.Id).Take(batch).ToListAsync(ct);
            if (contracts.Count == 0)
            {
                return looked;
            }

            foreach (var contract in contracts)
            {
                Look(db, audit, contract, day);
            }

            await db.SaveChangesAsync(ct);
            looked += contracts.Count;
            after = contracts[^1].Id;
        }
    }

    private void Look(ContractsDbContext db, IAuditTrail audit, SupervisionContract contract, DateOnly day)
    {
        var findings = contract.CheckOn(day, ContractStore.PolicyOf(packs, contract));
        if (findings.Count == 0)
        {
            return;
        }

        foreach (var e in ContractEvents.Of(contract, findings))
        {
            db.AddIntegrationEvent(e);
        }

        audit.Record(new AuditEntry("contracts.daily.findings", "contract", contract.Id.ToString(),
            After: AuditSummary.Json(new { Day = day, Findings = findings.Select(Describe).ToArray() })));
        LogFindings(logger, contract.Id, day, findings.Count);
    }

    private static string Describe(DailyFinding finding) => finding switch
    {
        MilestoneMissedFinding m => $"{m.Milestone} missed (agreed by {m.AgreedBy:yyyy-MM-dd})",
        PenaltyAccruedFinding p => $"{p.Penalty.Milestone} penalty {p.Penalty.DaysLate} day(s) = {p.Penalty.Amount} yuan{(p.Final ? " (final)" : "")}",
        IdleLandFinding i => $"idle {i.Idle.YearsIdle} year(s) since {i.Idle.IdleSince:yyyy-MM-dd}",
        ProgressReportMissingFinding r => $"no progress report for the period ending {r.PeriodEnd:yyyy-MM-dd}",
        LatePaymentAccruedFinding l => $"late payment {l.LatePayment.Amount} yuan through {l.LatePayment.Through:yyyy-MM-dd} ({l.LatePayment.Steps.Count} stretch(es))",
        _ => finding.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} on {Day}: {Count} finding(s)")]
    private static partial void LogFindings(ILogger logger, Guid contractId, DateOnly day, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The contracts daily job failed; it runs again at the next poll")]
    private static partial void LogRunFailed(ILogger logger, Exception error);
}
