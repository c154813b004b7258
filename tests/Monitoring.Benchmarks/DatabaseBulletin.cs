using System.Diagnostics;
using LandPlatform.Monitoring.Api;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Contracts;
using LandPlatform.Monitoring.Domain.Efficiency;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.Monitoring.Domain.Supervision;
using LandPlatform.Monitoring.Infrastructure.Migrations;
using LandPlatform.Monitoring.Policies;
using LandPlatform.Monitoring.Supervision;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Benchmarks;

/// <summary>Seeds a migrated SQLite file with the district and times the job's read of it plus the document.</summary>
internal static class DatabaseBulletin
{
    public static async Task<TimeSpan> MeasureAsync(IReadOnlyList<CommittedStandard> standards, IReadOnlyList<IndicatorReport> reports, MonitoringPolicyCatalog packs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lp-monitoring-bench-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteMonitoringDbContext>().UseSqlite($"Data Source={path}").Options;
        try
        {
            await using (var db = new SqliteMonitoringDbContext(options))
            {
                await db.Database.MigrateAsync();
                for (var i = 0; i < standards.Count; i++)
                {
                    var s = standards[i];
                    var contract = MonitoredContract.Signed(s.ContractId, Guid.CreateVersion7(), s.Uscc, s.ParcelCode, s.SignedOn);
                    contract.Supplied(s.EnterpriseName, s.PolicyPackId, "滨海新区", $"项目{i}", s.LandAreaM2, 12_000_000m);
                    db.Contracts.Add(contract);
                    db.Reports.Add(reports[i]);
                    if (i % 4 == 0)
                    {
                        db.Assessments.Add(Assessment.Apply(s, null, Fixtures.Enterprise, Fixtures.Now, "申请"));
                    }
                }

                await db.SaveChangesAsync();
            }

            var times = new List<TimeSpan>();
            for (var run = 0; run < 5; run++)
            {
                var watch = Stopwatch.StartNew();
                await using var db = new SqliteMonitoringDbContext(options);
                var today = new DateOnly(2026, 4, 2);
                var standings = await Standings.ReadAsync(db, today, CancellationToken.None);
                var efficiency = LandEfficiency.Compute(await FiguresApi.ParcelYearsAsync(db, null, CancellationToken.None), packs.Latest);
                SupervisionDocuments.Produce(SupervisionKind.QuarterlyBulletin, "2026Q1", today, "clause", standings, efficiency);
                times.Add(watch.Elapsed);
            }

            return times.Order().ElementAt(2);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
