using LandPlatform.Contracts.Domain.Daily;
using LandPlatform.Contracts.Domain.Deadlines;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>附件3 三（七）: a written progress report every quarter from signing until production.</summary>
public sealed class ProgressReportTests
{
    private static readonly DateOnly Signed = new(2026, 1, 15);

    [Fact]
    public void AQuarterThatEndedWithoutAReportIsMissing()
    {
        var missing = QuarterlyReports.Missing(Signed, null, new DateOnly(2026, 10, 15), 3, [new DateOnly(2026, 3, 1)]);

        Assert.Equal([new DateOnly(2026, 7, 15), new DateOnly(2026, 10, 15)], missing);
    }

    [Fact]
    public void NoReportsAreDueOnceInProduction() =>
        Assert.Empty(QuarterlyReports.Missing(Signed, new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 1), 3, [new DateOnly(2026, 1, 20)]));

    [Fact]
    public void TheDailyLookFlagsEachMissingQuarterOnce()
    {
        var contract = A.Grant();
        contract.Sign(Signed, A.Clerk, A.Today, A.Now);
        // Reports are due from the land contract on (附件3 三（七） 在签订出让合同或租赁合同后).
        contract.SignLandContract("杭出让〔2026〕1号", A.Planning, Signed, A.Leader, A.Today, A.Now);
        contract.RecordProgressReport(new DateOnly(2026, 2, 1));

        var flagged = new List<DateOnly>();
        for (var day = Signed; day <= new DateOnly(2026, 10, 20); day = day.AddDays(1))
        {
            flagged.AddRange(contract.CheckOn(day, A.Xihu).OfType<ProgressReportMissingFinding>().Select(f => f.PeriodEnd));
        }

        Assert.Equal([new DateOnly(2026, 7, 15), new DateOnly(2026, 10, 15)], flagged);
        Assert.Equal(flagged, contract.MissingReports);
    }
}
