using System.Globalization;
using System.Text.Json;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// 先租后让 (《北京市工业用地先租后让指导意见（试行）》三（三）–（五）): 5 years' lease in a 20-year term won at
/// 20,000,000 元, built, assessed a year before the lease ends, passed, and converted to a grant at the price pricing
/// computes (竞得价 − 租赁期已缴纳租金总额, 三（四）) on the 15th day after the notice.
/// </summary>
public sealed class ALeaseThenTransferThatConvertsLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task ALeaseWhoseAssessmentPassesSixMonthsBeforeItEndsConvertsToAGrantAtPricingsTransferPrice()
    {
        var life = Of(Platform, 7, LandTerms.BeijingLeaseThenTransfer);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        var delivered = await life.DeliveredAsync(20_000_000m, day0);
        Assert.Equal((0m, "NotRequired"), (delivered.GetProperty("depositAmount").GetDecimal(), delivered.GetProperty("depositStatus").GetString()));
        var leaseEnds = DayOf(delivered, "leaseEndsOn");
        Assert.Equal(day0.AddYears(5).AddDays(-1), leaseEnds);

        // Pricing's schedule for the same deal: rent 20,000,000 ÷ (5 + 15) × 5 = 5,000,000 元, transfer price 15,000,000 元.
        using var planning = await Platform.ClientFor("planning.clerk");
        var schedule = await Json(await PostAnsweredAsync(planning, "/api/pricing/lease-then-transfer", new
        {
            policyPack = life.Terms.PackId, valuationDate = Day(day0), winningPrice = 20_000_000m, leaseYears = 5, grantYears = 15,
        }));
        Assert.Equal(5_000_000m, schedule.GetProperty("totalLeaseRent").GetDecimal());
        Assert.Equal(15_000_000m, schedule.GetProperty("transferPrice").GetDecimal());

        var completedOn = await BuildAsync([life], day0);
        var appliedOn = await LeaseAppliesForAssessmentAsync(life, day0, leaseEnds);
        await life.ConfirmedReportAsync(appliedOn.Year - 1, Figures(investmentPerMu: 700m, taxPerMu: 60m, outputPerMu: 1000m));
        var reviewed = await life.ThroughJointReviewAsync();
        Assert.True(reviewed.GetProperty("passed").GetBoolean(), reviewed.ToString());
        var decided = await life.GovernmentReviewAsync(reviewed.GetProperty("id").GetGuid(), appliedOn, "京政复〔E2E〕7号");
        Assert.Equal("Passed", decided.GetProperty("outcome").GetString());
        Assert.True(completedOn < appliedOn);

        // AssessmentPassed opens the grant (三（五）) at the transfer price; the written notice is the assessment's day.
        var opened = await life.ContractUntilAsync(c => c.GetProperty("state").GetString() == "GrantOpened", "contracts opens the grant on AssessmentPassed");
        Assert.Equal(schedule.GetProperty("transferPrice").GetDecimal(), opened.GetProperty("grantPrice").GetDecimal());

        // The grant contract signed and paid on the 15th day after the notice, the last one 三（五） allows.
        var signedOn = appliedOn.AddDays(15);
        await Platform.MoveClockToAsync(signedOn);
        using var enterprise = await Platform.ClientFor(life.EnterpriseUser);
        var granted = await life.StepAsync("grant", signedOn, enterprise);
        Assert.Equal("Granted", granted.GetProperty("state").GetString());
        Assert.Equal(15_000_000m, granted.GetProperty("grantPrice").GetDecimal());
        Assert.Contains(granted.GetProperty("steps").EnumerateArray(), s => s.GetProperty("actorId").GetString() == "service:monitoring");
        Assert.Equal(Day(signedOn), granted.GetProperty("steps").EnumerateArray().Last().GetProperty("on").GetString());
    }

    internal static DateOnly DayOf(JsonElement e, string property) => DateOnly.Parse(e.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);
}
