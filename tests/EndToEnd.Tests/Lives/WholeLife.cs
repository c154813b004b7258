using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// The "done when" of issues 11 and 12 through the gateway, real RabbitMQ and the real AppHost, on the platform's
/// controllable clock: whole lives of Binhai M0 parcels from admission to the deposit's refund, a late start's
/// penalty, a failure that ends in termination and credit's notice, idle land at one and two years, the annual
/// re-check, and Binhai's self-use and market projects judged on different indicators.
/// Each life is a class of its own with a platform of its own (<see cref="IClassFixture{TFixture}"/>; test classes
/// run one at a time, see AssemblyInfo.cs): the clock only moves forward and a life moves it by years, while the
/// Binhai pack (admission, contracts, monitoring) is in force only to 2027-12-31, so a life that started after
/// another would find its standard refused. On its own platform every life starts on the real day, and no life's
/// outcome depends on which ran before it.
/// </summary>
public abstract class WholeLife(RunningPlatform platform)
{
    protected static readonly TimeSpan LongPatience = TimeSpan.FromMinutes(8);

    protected RunningPlatform Platform { get; } = platform;

    /// <summary>Start 60 days after delivery, completion and production 400 days after it (clock moved), then a passing assessment.</summary>
    protected async Task<JsonElement> PassAsync(LandLife life, DateOnly day0)
    {
        var completedOn = await BuildAsync([life], day0);
        await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 700m, taxPerMu: 60m, outputPerMu: 1000m));
        var reviewed = await life.ThroughJointReviewAsync();
        Assert.True(reviewed.GetProperty("passed").GetBoolean(), reviewed.ToString());
        var decided = await life.GovernmentReviewAsync(reviewed.GetProperty("id").GetGuid(), completedOn, $"滨政复〔E2E〕{life.EnterpriseUser[^1..]}号");
        Assert.Equal("Passed", decided.GetProperty("outcome").GetString());
        return decided;
    }

    protected async Task<DateOnly> BuildAsync(IReadOnlyList<LandLife> lives, DateOnly day0)
    {
        await Platform.MoveClockToAsync(day0.AddDays(60));
        foreach (var life in lives)
        {
            await life.StepAsync("construction-start", day0.AddDays(60));
        }

        var completedOn = day0.AddDays(400);
        await Platform.MoveClockToAsync(completedOn);
        foreach (var life in lives)
        {
            await life.StepAsync("completion", completedOn);
            await life.StepAsync("production", completedOn);
        }

        return completedOn;
    }

    /// <summary>
    /// A lessee applies to contracts for its assessment four years into a five-year lease: at least 6 months before the
    /// lease ends (北京先租后让 三（五）) and within the 36 months after completion its agreement gives; monitoring's
    /// application follows in <see cref="LandLife.ThroughJointReviewAsync"/>.
    /// </summary>
    protected async Task<DateOnly> LeaseAppliesForAssessmentAsync(LandLife life, DateOnly day0, DateOnly leaseEnds)
    {
        var appliedOn = day0.AddYears(4);
        Assert.True(appliedOn <= leaseEnds.AddMonths(-6), $"{appliedOn} is not 6 months before {leaseEnds}");
        await Platform.MoveClockToAsync(appliedOn);
        using var enterprise = await Platform.ClientFor(life.EnterpriseUser);
        var applied = await life.StepAsync("assessment-application", appliedOn, enterprise);
        Assert.Equal("AssessmentApplied", applied.GetProperty("state").GetString());
        return appliedOn;
    }

    protected static async Task<JsonElement> LedgerUntilAsync(HttpClient development, string parcel, Func<JsonElement, bool> condition)
    {
        JsonElement last = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await development.GetAsync($"/api/monitoring/ledger/{Uri.EscapeDataString(parcel)}");
            return response.StatusCode == System.Net.HttpStatusCode.OK && condition(last = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }, $"monitoring's ledger row of {parcel}", LongPatience);
        return last;
    }

    protected static JsonElement Line(JsonElement assessment, string indicator) =>
        assessment.GetProperty("result").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("indicator").GetString() == indicator);
}
