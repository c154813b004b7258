using System.Diagnostics;
using LandPlatform.Monitoring.Benchmarks;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Efficiency;
using LandPlatform.Monitoring.Domain.Supervision;
using LandPlatform.Monitoring.Policies;

// Figures, not assertions: assessments judged per second, and the quarterly bulletin's time for 10,000 contracts —
// from memory, and from a real SQLite database read the way the supervision job reads it.
const int Contracts = 10_000;
var packs = MonitoringPolicyCatalog.LoadEmbedded();
var policy = packs.Resolve(Fixtures.Binhai, new DateOnly(2024, 3, 1));
var standards = Enumerable.Range(0, Contracts).Select(Fixtures.Standard).ToList();
var reports = standards.Select((s, i) => Fixtures.ConfirmedReport(s.ContractId, i)).ToList();

// Assessments per second: the joint review's judgement of six committed indicators on one core.
for (var i = 0; i < 2_000; i++)
{
    AssessmentEvaluator.Evaluate(policy, standards[i % Contracts], reports[i % Contracts], reports[i % Contracts].Confirmed!);
}

var passed = 0;
var watch = Stopwatch.StartNew();
var judged = 0;
while (watch.Elapsed < TimeSpan.FromSeconds(3))
{
    for (var i = 0; i < Contracts; i++)
    {
        passed += AssessmentEvaluator.Evaluate(policy, standards[i], reports[i], reports[i].Confirmed!).Passed ? 1 : 0;
    }

    judged += Contracts;
}

watch.Stop();
Console.WriteLine($"assessments (6 indicators, Binhai self-use/market mix): {judged / watch.Elapsed.TotalSeconds:N0} per second ({judged:N0} in {watch.Elapsed.TotalSeconds:0.00} s, {passed:N0} passed)");

// The quarterly bulletin from memory: standings and confirmed figures already loaded.
var standings = standards.Select((s, i) => new ContractStanding(
    s.ContractId, s.Uscc, s.EnterpriseName, s.ParcelCode, i % 3 == 0 ? Fixtures.Binhai : "pingdingshan-shilong-2021", s.LandAreaM2, false,
    i % 4 == 0 ? AssessmentOutcome.Failed : i % 4 == 1 ? AssessmentOutcome.Passed : null, false, new DateOnly(2027, 6, 1),
    i % 50 == 0 ? 2025 : null, i % 20 == 0 ? LandPlatform.Monitoring.Domain.Ledger.LedgerCategory.Inefficient : null, i % 40 == 0, i % 30 == 0)).ToList();
var parcelYears = standings.Select((s, i) => new ParcelYear(s.Group, 2025, s.LandAreaM2!.Value, reports[i].Confirmed!.Figures)).ToList();
for (var i = 0; i < 5; i++)
{
    Bulletin();
}

var runs = 0;
watch.Restart();
while (watch.Elapsed < TimeSpan.FromSeconds(2))
{
    Bulletin();
    runs++;
}

Console.WriteLine($"quarterly bulletin, {Contracts:N0} contracts, in memory: {watch.Elapsed.TotalMilliseconds / runs:0.0} ms ({runs} runs)");

// The quarterly bulletin as the job produces it: every table read from a real SQLite file, then the document.
var fromDatabase = await DatabaseBulletin.MeasureAsync(standards, reports, packs);
Console.WriteLine($"quarterly bulletin, {Contracts:N0} contracts, read from SQLite: {fromDatabase.TotalMilliseconds:0} ms (median of 5)");
return 0;

void Bulletin()
{
    var efficiency = LandEfficiency.Compute(parcelYears, packs.Latest);
    SupervisionDocuments.Produce(SupervisionKind.QuarterlyBulletin, "2026Q1", new DateOnly(2026, 4, 2), "clause", standings, efficiency);
}
