using System.Diagnostics;
using System.Globalization;
using LandPlatform.Auditing;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Infrastructure.Migrations;
using LandPlatform.Contracts.Policies;
using LandPlatform.Contracts.Scheduling;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The contracts daily job (the service's own DailyJob, its SQLite database with migrations, outbox and audit trail)
// run over a year of days on a book of N contracts, as a district holds them: delivered over the two years before,
// most started on time and reporting every quarter, some late, a few never started (idle), a tenth paying by
// instalments (a quarter of those late with the last one). Prints the year's time and the cost per contract: with the
// NextCheckOn index a day reads only the contracts due that day, and each batch saves its changes and events in one
// transaction, so the cost per contract stays flat as N grows. The last column is each size's cost per contract
// against the first size's, measured in the same run (the machine's load distorts absolute figures, not this ratio).
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
// DAYS shortens the run (a year of days on 100,000 contracts takes long on a loaded 2-core machine); the flatness of
// the cost per contract shows over any stretch, as long as every size runs the same days.
var days = int.TryParse(Environment.GetEnvironmentVariable("DAYS"), CultureInfo.InvariantCulture, out var d) && d > 0 ? d : 365;
Console.WriteLine($"contracts  seeded(s)  {days} days(s)  contract-looks  ms/contract  µs/look  per contract vs first");
double? baseline = null;
foreach (var n in sizes)
{
    var perContract = await RunAsync(n, days, baseline);
    baseline ??= perContract;
}

static async Task<double> RunAsync(int n, int days, double? baseline)
{
    var folder = Directory.CreateTempSubdirectory("lp-contracts-bench-");
    try
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:contractsdb"] = $"Data Source={Path.Combine(folder.FullName, "contracts.db")}";
        builder.Configuration["Contracts:DailyJob:BatchSize"] = "500";
        builder.AddServiceDatabase<ContractsDbContext, SqliteContractsDbContext, PostgresContractsDbContext>("contracts");
        builder.AddAuditTrail<ContractsDbContext>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(ContractsPolicyCatalog.LoadEmbedded());
        builder.Services.AddOptions<DailyJobOptions>().Bind(builder.Configuration.GetSection(DailyJobOptions.SectionName));
        builder.Services.AddSingleton<DailyJob>();
        using var host = builder.Build();
        await host.StartAsync();

        var first = new DateOnly(2027, 1, 1);
        var seed = Stopwatch.StartNew();
        await SeedAsync(host.Services, n, first);
        seed.Stop();

        var job = host.Services.GetRequiredService<DailyJob>();
        var looks = 0L;
        var year = Stopwatch.StartNew();
        for (var day = first; day < first.AddDays(days); day = day.AddDays(1))
        {
            looks += await job.RunDayAsync(day, CancellationToken.None);
        }

        year.Stop();
        var perContract = year.Elapsed.TotalMilliseconds / n;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n,9:N0}  {seed.Elapsed.TotalSeconds,9:F1}  {year.Elapsed.TotalSeconds,15:F1}  {looks,14:N0}  {perContract,16:F3}  {year.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, looks),7:F1}  {perContract / (baseline ?? perContract),21:F2}"));
        await host.StopAsync();
        return perContract;
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}

// Delivered evenly over the two years before the benchmark year; 90% start on time (a quarter of them already in
// production) and report every quarter, 8% start 1–60 days late, 2% never start (they go idle during the year).
// Every tenth is a Binhai grant paid by two instalments, the second due in the benchmark year; a quarter of those
// never pay it (late payment accrues daily from its due date).
static async Task SeedAsync(IServiceProvider services, int n, DateOnly first)
{
    var packs = services.GetRequiredService<ContractsPolicyCatalog>();
    var xihu = packs.Latest("hangzhou-xihu-2020")!;
    var binhai = packs.Latest("tianjin-binhai-m0-2023")!;
    var clerk = new Actor("bench", "bench");
    var future = first.AddYears(5);
    var now = DateTimeOffset.UtcNow;
    var random = new Random(11);
    for (var done = 0; done < n;)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        for (var i = 0; i < 2_000 && done < n; i++, done++)
        {
            var delivered = first.AddDays(-730 + (int)((long)done * 730 / n));
            var instalments = done % 10 == 0;
            var policy = instalments ? binhai : xihu;
            var q = new Qualification(Guid.NewGuid(), "91350100M000100Y43", policy.PackId, $"B-{done}") { LandAreaM2 = 20_000m, PlannedFloorAreaM2 = 40_000m };
            var supply = new SupplyResult(Guid.NewGuid(), q.ApplicationId, q.Uscc, q.ParcelCode, SupplyModes.Grant, 10_000_000m, delivered.AddDays(-30), $"B{done}") { TermYears = 50 };
            if (instalments)
            {
                supply.Instalments = [new(1, delivered.AddDays(-25), 4_000_000m), new(2, first.AddDays(random.Next(1, 300)), 6_000_000m)];
            }

            var contract = SupervisionContract.Draft(Guid.CreateVersion7(), supply, q, policy, null, null, null, clerk, future, now);
            contract.Sign(delivered.AddDays(-20), clerk, future, now);
            contract.SignLandContract($"B{done}", "planning", delivered.AddDays(-15), clerk, future, now);
            contract.PayDeposit(delivered.AddDays(-10), clerk, future, now);
            contract.DeliverLand(delivered, clerk, future, now);
            if (instalments)
            {
                contract.RecordPayment(delivered.AddDays(-25), 4_000_000m, clerk, future, now);
                if (random.Next(4) > 0)
                {
                    contract.RecordPayment(supply.Instalments[1].DueOn, 6_000_000m, clerk, future, now);
                }
            }

            var kind = random.Next(100);
            if (kind < 90)
            {
                for (var report = delivered.AddDays(-15); report < first.AddYears(1); report = report.AddMonths(3))
                {
                    contract.RecordProgressReport(report.AddDays(10));
                }
            }

            if (kind < 98)
            {
                var start = kind < 90 ? delivered.AddMonths(random.Next(1, 6)) : contract.AgreedStartBy!.Value.AddDays(random.Next(1, 61));
                if (start < first)
                {
                    contract.StartConstruction(start, clerk, future, now);
                    if (kind < 25 && start.AddMonths(12) < first)
                    {
                        contract.CompleteConstruction(start.AddMonths(12), clerk, future, now);
                        contract.StartProduction(start.AddMonths(13), clerk, future, now);
                    }
                }
            }

            db.Contracts.Add(contract);
        }

        await db.SaveChangesAsync();
    }
}
