using System.Diagnostics;
using System.Text.Json.Nodes;
using LandPlatform.Persistence;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LandPlatform.Reporting.Delivery;

/// <summary>
/// Sends due records to the provincial platform. Per parcel only the earliest undelivered record is due (by the time
/// its fact happened), so one parcel's records arrive in order and a rejected or parked record holds its parcel's later
/// ones back until an operator acts; different parcels go out in parallel.
/// </summary>
internal sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    SchemaState<ReportingDbContext> schema,
    IOptions<DeliveryPolicy> options,
    IOptions<ProvincialOptions> provincial,
    ReportingTelemetry telemetry,
    TimeProvider clock,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private readonly DeliveryPolicy _policy = options.Value;

    // The platform is asked Parallelism records at a time, but their outcomes are committed one at a time: SQLite takes
    // one writer, and eight commits meeting at its lock each slept 150 ms per collision (a third of the simulator's own
    // rate in the benchmark) or, on a loaded machine, ran out of their command timeout ("database is locked").
    private readonly SemaphoreSlim _commits = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await schema.WhenReady.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database failed (locked, unreachable): try again on the next poll rather than stop reporting.
                LogPassFailed(e);
            }

            if (sent == 0)
            {
                try
                {
                    await Task.Delay(_policy.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One look at the ledger: counts it, then sends what is due; returns how many records were attempted.</summary>
    internal async Task<int> PassAsync(CancellationToken ct)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            // Plain SQL for what every poll asks, LINQ only once something is pending: an idle reporting service
            // then never compiles a LINQ query, whose translation stack costs about 12 MB resident (RowExistence).
            telemetry.LedgerCounted(await db.CountByAsync<UpwardRecord, DeliveryState>(nameof(UpwardRecord.State), ct));
            var pending = await db.HasRowsAsync<UpwardRecord>(ct, ColumnCondition.EqualTo(nameof(UpwardRecord.State), DeliveryState.Pending));
            due = pending ? await DueAsync(db, ct) : [];
        }

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _policy.Parallelism), CancellationToken = ct },
            async (id, token) => await DeliverAsync(id, token));
        return due.Count;
    }

    private async Task<List<long>> DueAsync(ReportingDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settled = now - _policy.OrderingWindow;
        return await db.Records
            .Where(r => r.State == DeliveryState.Pending && r.NextAttemptAt <= now && r.CreatedAt <= settled)
            .HeadsOfTheirParcels(db.Records)
            .OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id)
            .Select(r => r.Id)
            .Take(Math.Max(1, _policy.Parallelism) * 4)
            .ToListAsync(ct);
    }

    private async Task DeliverAsync(long id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var client = scope.ServiceProvider.GetRequiredService<ProvincialClient>();
        if (await db.Records.FindAsync([id], ct) is not { State: DeliveryState.Pending } record)
        {
            return;
        }

        // Chosen as the head of its queue, it may have joined its parcel's queue since (a contract event named the
        // parcel), behind records that happened earlier: then it waits its turn (seen in CI, sent before its supply record).
        if (!await db.Records.Where(r => r.Id == id).HeadsOfTheirParcels(db.Records).AnyAsync(ct))
        {
            return;
        }

        // A span in the trace of the fact that caused the record, whenever the attempt happens.
        ActivityContext.TryParse(record.TraceParent, record.TraceState, out var parent);
        using var activity = ReportingTelemetry.Source.StartActivity("provincial deliver", ActivityKind.Client, parent);
        activity?.SetTag("reporting.record.key", record.IdempotencyKey);
        activity?.SetTag("reporting.record.kind", record.Kind);
        activity?.SetTag("reporting.record.parcel", record.ParcelCode);
        activity?.SetTag("reporting.record.attempt", record.Attempts + 1);

        var wire = new ProvincialRecord(record.IdempotencyKey, record.SchemaVersion, record.Kind, provincial.Value.DistrictCode,
            record.ParcelCode, record.Revision, record.FactOccurredAt, JsonNode.Parse(record.Data)!.AsObject());
        var result = await client.SendAsync(wire, _policy.AttemptTimeout, ct);
        var now = clock.GetUtcNow();
        switch (result)
        {
            case DeliveryResult.Delivered delivered:
                record.Delivered(delivered.ReceiptNumber, now);
                activity?.SetTag("reporting.receipt", delivered.ReceiptNumber);
                break;
            case DeliveryResult.Rejected rejected:
                record.Rejected(rejected.Reason, now);
                activity?.SetStatus(ActivityStatusCode.Error, rejected.Reason);
                LogRejected(record.IdempotencyKey, rejected.Reason);
                break;
            case DeliveryResult.Failed failed:
                record.AttemptFailed(failed.Error, _policy, Random.Shared.NextDouble(), now);
                activity?.SetStatus(ActivityStatusCode.Error, failed.Error);
                if (record.State == DeliveryState.Parked)
                {
                    LogParked(record.IdempotencyKey, record.Attempts, failed.Error);
                }

                break;
        }

        activity?.SetTag("reporting.record.state", record.State.ToString());
        telemetry.Attempted(result);
        await _commits.WaitAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            _commits.Release();
        }
    }

    public override void Dispose()
    {
        _commits.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery pass failed; retrying on the next poll")]
    private partial void LogPassFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The provincial platform rejected record {Key}: {Reason}")]
    private partial void LogRejected(string key, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Record {Key} parked after {Attempts} attempts; last error: {Error}")]
    private partial void LogParked(string key, int attempts, string error);
}
