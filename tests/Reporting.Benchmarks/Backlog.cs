using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LandPlatform.ProvincialProtocol;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Infrastructure;
using LandPlatform.Reporting.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Reporting.Benchmarks;

/// <summary>Records put straight into reporting's ledger (as its consumers would), five per parcel, and the wait for them.</summary>
internal static class Backlog
{
    public static async Task AddAsync(IServiceProvider services, string prefix, int records)
    {
        // In commits of 500, as consumers would add them: one 10,000-row transaction held the file's write lock for
        // seconds on a loaded machine while the delivery worker's commits queued behind it.
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        for (var from = 0; from < records; from += 500)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            for (var i = from; i < Math.Min(from + 500, records); i++)
            {
                var parcel = $"{prefix}-{i / 5:D6}";
                var fact = start.AddMinutes(i);
                db.Records.Add(UpwardRecord.Build(Draft($"{prefix}:{i}", parcel, fact), null, null, DateTimeOffset.UtcNow.AddSeconds(-10)));
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>A delivery milestone with every field the platform checks.</summary>
    public static UpwardRecordDraft Draft(string key, string parcel, DateTimeOffset occurredAt) => new(
        key, RecordKinds.ContractMilestone, RecordKinds.CurrentSchemaVersion, parcel, occurredAt, new JsonObject
        {
            ["milestone"] = "Delivered",
            ["contractId"] = Guid.NewGuid().ToString(),
            ["holderUscc"] = "91410400MA45XYZ12K",
            ["actualDate"] = "2024-04-01",
            ["agreedStartDate"] = "2024-10-01",
        });

    public static async Task<int> CountAsync(IServiceProvider services, DeliveryState state, string prefix)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.Records.CountAsync(r => r.State == state && r.ParcelCode.StartsWith(prefix));
    }

    public static async Task<int> AttemptedAsync(IServiceProvider services, string prefix)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.Records.CountAsync(r => r.Attempts > 0 && r.ParcelCode.StartsWith(prefix));
    }

    public static async Task WaitAsync(Func<Task<bool>> done, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {limit}.");
            }

            await Task.Delay(50);
        }
    }

    public static async Task SetFaultAsync(HttpClient simulator, string mode)
    {
        using var response = await simulator.PutAsJsonAsync("/admin/faults", new { mode, delayMs = 0 });
        response.EnsureSuccessStatusCode();
    }
}
