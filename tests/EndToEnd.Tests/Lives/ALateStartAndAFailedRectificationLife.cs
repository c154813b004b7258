using System.Globalization;
using System.Text.RegularExpressions;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

public sealed class ALateStartAndAFailedRectificationLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    private static readonly Regex StartPenalty = new(@"Start penalty (?<days>\d+) day\(s\) = (?<yuan>[0-9.]+) yuan", RegexOptions.CultureInvariant);

    [Fact]
    public async Task AStartThirtySevenDaysLateIsPenalisedToTheYuanAndAFailureAfterRectificationEndsInTerminationAndCreditsNotice()
    {
        var life = Of(Platform, 2);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        var due = (await life.DeliveredAsync(12_345_678m, day0)).GetProperty("agreedStartBy").GetString() is { } s ? DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : default;

        // 37 days late at 1‰ a day of 12,345,678 元: 456,790.086 元. The contract's representation shows late payment only,
        // so the start penalty is read where contracts' daily job records it: its audit trail ("Start penalty N day(s) =
        // X yuan"), X compared as a number (the amount may carry trailing zeros: the price read back from SQLite has a scale, e.g. 456790.0860).
        await Platform.MoveClockToAsync(due.AddDays(37));
        using var auditor = await Platform.ClientFor("auditor");
        await Eventually.HoldsAsync(async () =>
        {
            var records = await auditor.GetFromJsonAsync<JsonElement>($"/api/contracts/audit/records?operation=contracts.daily.findings&resourceId={life.ContractId}&pageSize=200");
            return records.GetProperty("items").EnumerateArray()
                .Select(r => StartPenalty.Match(r.GetProperty("afterSummary").GetString() ?? ""))
                .Any(m => m.Success && m.Groups["days"].Value == "37" && decimal.Parse(m.Groups["yuan"].Value, CultureInfo.InvariantCulture) == 456_790.086m);
        }, "the penalty of the 37th day", LongPatience);
        var started = await life.StepAsync("construction-start", due.AddDays(37));
        Assert.Equal(due.AddDays(37).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), started.GetProperty("startedOn").GetString());

        var completedOn = due.AddDays(37 + 300);
        await Platform.MoveClockToAsync(completedOn);
        await life.StepAsync("completion", completedOn);
        await life.StepAsync("production", completedOn);
        await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 700m, taxPerMu: 10m, outputPerMu: 1000m));

        var first = await life.ThroughJointReviewAsync();
        Assert.False(first.GetProperty("passed").GetBoolean());
        var failed = await life.GovernmentReviewAsync(first.GetProperty("id").GetGuid(), completedOn, "滨政复〔E2E〕21号");
        Assert.Equal(("Failed", false), (failed.GetProperty("outcome").GetString(), failed.GetProperty("final").GetBoolean()));
        await life.ContractUntilAsync(c => c.GetProperty("depositStatus").GetString() == "Forfeited", "contracts forfeits the deposit on AssessmentFailed");

        // The rectification assessment on the same confirmed figures fails again: final.
        var second = await life.ThroughJointReviewAsync();
        Assert.Equal("Rectification", second.GetProperty("kind").GetString());
        var final = await life.GovernmentReviewAsync(second.GetProperty("id").GetGuid(), completedOn, "滨政复〔E2E〕22号");
        Assert.True(final.GetProperty("final").GetBoolean());

        var terminated = await life.ContractUntilAsync(c => c.GetProperty("state").GetString() == "Terminated", "contracts terminates on the final AssessmentFailed");
        Assert.Equal("FailedAssessment", terminated.GetProperty("terminationCause").GetString());
        var notices = await life.CreditNoticesAsync("FailedAssessmentAfterRectification");
        Assert.Contains(notices, n => n.GetProperty("document").GetProperty("number").GetString() == "滨政复〔E2E〕22号");
    }
}
