using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Monitoring.Supervision;
using LandPlatform.Monitoring.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Monitoring.Tests;

/// <summary>
/// The supervision schedule on the injected clock: the annual re-check once per contract and year however often it
/// runs, rectification running out, the cadence's documents, and the public disclosure without sign-in.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class SupervisionTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private const string Hangzhou = "hangzhou-xihu-2020";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private MonitoringUnderTest _m = null!;

    public async Task InitializeAsync() => _m = await MonitoringUnderTest.StartAsync(bus, issuer);

    public async Task DisposeAsync() => await _m.DisposeAsync();

    [Fact]
    public async Task AReCheckBelowTheStandardFailsTheYearOnceHoweverOftenTheJobRunsAndTheInterviewListNamesTheEnterprise()
    {
        var commitments = MonitoringUnderTest.Commitments(100m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 50m, "万元/亩"), ("rnd-expense-ratio", 5m, "%"));
        commitments.SignedOn = "2020-06-01"; // under Hangzhou's trial year
        var contract = await _m.ContractAsync(commitments, Hangzhou, 20000m);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 30m * 60m * 10_000m, rndExpense = 6m, revenue = 100m });
        var passed = await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract));
        Assert.Equal("Passed", passed.GetProperty("outcome").GetString());
        await _m.Bus.NextAsync<AssessmentPassed>(e => e.ContractId == contract);

        // The year of the pass meets the standard; the next ends with R&D at 4%: the re-check of that year, run early in the year after, fails.
        await _m.ConfirmedReportAsync(contract, Today.Year, new { taxPaid = 30m * 60m * 10_000m, rndExpense = 6m, revenue = 100m });
        await _m.ConfirmedReportAsync(contract, Today.Year + 1, new { taxPaid = 30m * 60m * 10_000m, rndExpense = 4m, revenue = 100m });
        _m.Clock.Offset = new DateTimeOffset(Today.Year + 2, 1, 20, 4, 0, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow;
        var run = _m.Service.Services.GetRequiredService<SupervisionRun>();
        for (var i = 0; i < 3; i++)
        {
            await run.RunOnceAsync(CancellationToken.None);
        }

        using var clerk = await _m.As("development.clerk");
        var checks = (await clerk.GetFromJsonAsync<JsonElement>($"/annual-checks?contractId={contract}")).EnumerateArray().ToList();
        Assert.Equal([(Today.Year, true), (Today.Year + 1, false)],
            checks.Select(c => (c.GetProperty("year").GetInt32(), c.GetProperty("passed").GetBoolean())).Order());
        var check = Assert.Single(checks, c => c.GetProperty("year").GetInt32() == Today.Year + 1);
        Assert.Contains("rnd-expense-ratio: 4 < 5 %", check.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var failed = await _m.Bus.NextAsync<AnnualCheckFailed>(e => e.ContractId == contract);
        Assert.Equal(Today.Year + 1, failed.Message.Year);
        Assert.Equal("年度动态核查结果", failed.Message.DocumentType);

        // The job also ran at start-up on the real date; these are the documents of the periods that ended by the shifted one.
        var year = (Today.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var documents = (await clerk.GetFromJsonAsync<JsonElement>("/supervision")).EnumerateArray()
            .Where(d => d.GetProperty("period").GetString()!.StartsWith(year, StringComparison.Ordinal)).ToList();
        Assert.Equal(["AnnualEvaluation", "QuarterlyBulletin", "SemiAnnualInterviewList"], documents.Select(d => d.GetProperty("kind").GetString()).Order());
        var interview = await clerk.GetFromJsonAsync<JsonElement>($"/supervision/SemiAnnualInterviewList/{Today.Year + 1}H2");
        var entry = Assert.Single(interview.GetProperty("content").GetProperty("behindCommitments").EnumerateArray(), e => e.GetProperty("contractId").GetGuid() == contract);
        Assert.Contains($"annual re-check {Today.Year + 1} failed", entry.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("季度通报", documents[0].GetProperty("content").GetProperty("clause").GetString(), StringComparison.Ordinal);
        var printed = await clerk.GetStringAsync($"/supervision/SemiAnnualInterviewList/{Today.Year + 1}H2/document");
        Assert.Contains("约谈企业", printed, StringComparison.Ordinal);
        Assert.Contains(MonitoringUnderTest.Uscc, printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APassedContractWithNoConfirmedReportSixMonthsAfterTheYearFailsThatYearsReCheckForWantOfFigures()
    {
        var commitments = MonitoringUnderTest.Commitments(100m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 50m, "万元/亩"));
        commitments.SignedOn = "2020-06-01"; // under Hangzhou's trial year
        var contract = await _m.ContractAsync(commitments, Hangzhou, 20000m);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 30m * 60m * 10_000m });
        Assert.Equal("Passed", (await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract))).GetProperty("outcome").GetString());
        await _m.ConfirmedReportAsync(contract, Today.Year, new { taxPaid = 30m * 60m * 10_000m });
        var run = _m.Service.Services.GetRequiredService<SupervisionRun>();
        using var clerk = await _m.As("development.clerk");
        async Task<List<JsonElement>> FailedChecksAsync() => (await clerk.GetFromJsonAsync<JsonElement>($"/annual-checks?contractId={contract}"))
            .EnumerateArray().Where(c => !c.GetProperty("passed").GetBoolean()).ToList();

        // Year+1 ended without a report: not yet due on 30 June of the year after (tax settles by 31 May, one month to confirm)…
        _m.Clock.Offset = new DateTimeOffset(Today.Year + 2, 6, 29, 4, 0, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow;
        await run.RunOnceAsync(CancellationToken.None);
        Assert.Empty(await FailedChecksAsync());

        // …and failed once it is overdue, once however often the job runs.
        _m.Clock.Offset = new DateTimeOffset(Today.Year + 2, 7, 2, 4, 0, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow;
        await run.RunOnceAsync(CancellationToken.None);
        await run.RunOnceAsync(CancellationToken.None);

        var check = Assert.Single(await FailedChecksAsync());
        Assert.Equal(Today.Year + 1, check.GetProperty("year").GetInt32());
        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Contains($"no annual report for {Today.Year + 1} confirmed by statistics and tax by {Today.Year + 2}-06-30", check.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("三（八）", check.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var line = Assert.Single(check.GetProperty("result").GetProperty("lines").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("actual").ValueKind);
        Assert.Equal("Failed", line.GetProperty("outcome").GetString());
        var failed = await _m.Bus.NextAsync<AnnualCheckFailed>(e => e.ContractId == contract);
        Assert.Equal(Today.Year + 1, failed.Message.Year);
    }

    [Fact]
    public async Task RecheckCoversYearsAfterTheJudgedReport()
    {
        // The assessment judged the report of two years ago; the year between it and the pass is re-checked too.
        var commitments = MonitoringUnderTest.Commitments(100m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 50m, "万元/亩"));
        commitments.SignedOn = "2020-06-01"; // under Hangzhou's trial year
        var contract = await _m.ContractAsync(commitments, Hangzhou, 20000m);
        await _m.ConfirmedReportAsync(contract, Today.Year - 2, new { taxPaid = 30m * 60m * 10_000m });
        var passed = await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract));
        Assert.Equal($"{Today.Year - 2}", passed.GetProperty("result").GetProperty("period").GetString());
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 30m * 40m * 10_000m });

        await _m.Service.Services.GetRequiredService<SupervisionRun>().RunOnceAsync(CancellationToken.None);

        using var clerk = await _m.As("development.clerk");
        var check = Assert.Single((await clerk.GetFromJsonAsync<JsonElement>($"/annual-checks?contractId={contract}")).EnumerateArray());
        Assert.Equal(Today.Year - 1, check.GetProperty("year").GetInt32());
        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Contains("tax-per-mu: 40 < 50 万元/亩", check.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(Today.Year - 1, (await _m.Bus.NextAsync<AnnualCheckFailed>(e => e.ContractId == contract)).Message.Year);
    }

    [Fact]
    public async Task TerminatedContractIsNotRechecked()
    {
        var contract = await PassedWithThePassYearReportedAsync();
        var terminated = new ContractTerminated(contract, MonitoringUnderTest.Uscc, new DateOnly(Today.Year + 1, 3, 10), "Breach");
        await _m.Bus.PublishAsync(terminated, terminated.EventId, publisher: "contracts");

        await AssertOnlyThePassYearIsRecheckedAsync(contract, new DateOnly(Today.Year + 1, 3, 10));
    }

    [Theory]
    [InlineData("exit")]
    [InlineData("grant")]
    public async Task ALeaseThatExitedOrBecameAGrantIsNotRecheckedAfterwards(string how)
    {
        var contract = await PassedWithThePassYearReportedAsync();
        var on = new DateOnly(Today.Year + 1, 3, 10);
        if (how == "exit")
        {
            var exited = new LeaseExited(contract, MonitoringUnderTest.Uscc, "P-EXIT", on);
            await _m.Bus.PublishAsync(exited, exited.EventId, publisher: "contracts");
        }
        else
        {
            var converted = new LeaseConvertedToGrant(contract, MonitoringUnderTest.Uscc, "P-GRANT", on, 1_000_000m, on);
            await _m.Bus.PublishAsync(converted, converted.EventId, publisher: "contracts");
        }

        await AssertOnlyThePassYearIsRecheckedAsync(contract, on);
    }

    /// <summary>A Hangzhou contract passed on last year's report, with this year's (the pass year's) confirmed at the standard.</summary>
    private async Task<Guid> PassedWithThePassYearReportedAsync()
    {
        var commitments = MonitoringUnderTest.Commitments(100m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 50m, "万元/亩"));
        commitments.SignedOn = "2020-06-01"; // under Hangzhou's trial year
        var contract = await _m.ContractAsync(commitments, Hangzhou, 20000m);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 30m * 60m * 10_000m });
        Assert.Equal("Passed", (await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract))).GetProperty("outcome").GetString());
        await _m.ConfirmedReportAsync(contract, Today.Year, new { taxPaid = 30m * 60m * 10_000m });
        return contract;
    }

    /// <summary>
    /// Three years on, with nothing reported after the contract closed on <paramref name="closedOn"/>: the year that ended
    /// while it was open is re-checked (and passes), the year it closed in and those after are not, and nothing fails.
    /// </summary>
    private async Task AssertOnlyThePassYearIsRecheckedAsync(Guid contract, DateOnly closedOn)
    {
        using var clerk = await _m.As("development.clerk");
        await Eventually.HoldsAsync(async () =>
            (await clerk.GetFromJsonAsync<JsonElement>($"/contracts/{contract}")).GetProperty("closedOn").GetString() == closedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "monitoring closes the file");

        _m.Clock.Offset = new DateTimeOffset(Today.Year + 3, 7, 2, 4, 0, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow;
        await _m.Service.Services.GetRequiredService<SupervisionRun>().RunOnceAsync(CancellationToken.None);

        var check = Assert.Single((await clerk.GetFromJsonAsync<JsonElement>($"/annual-checks?contractId={contract}")).EnumerateArray());
        Assert.Equal((Today.Year, true), (check.GetProperty("year").GetInt32(), check.GetProperty("passed").GetBoolean()));
    }

    [Fact]
    public async Task ARectificationPeriodRunningOutMakesTheFailureFinalAndPublishesRectificationExpired()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("output-per-mu", 800m, "万元/亩")), "tianjin-binhai-m0-2023", 20000m);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { outputValue = 1m });
        var failed = await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract));
        Assert.False(failed.GetProperty("final").GetBoolean());

        _m.Clock.Offset = TimeSpan.FromDays(2 * 366 + 2);
        await _m.Service.Services.GetRequiredService<SupervisionRun>().RunOnceAsync(CancellationToken.None);

        var expired = await _m.Bus.NextAsync<RectificationExpired>(e => e.ContractId == contract);
        Assert.Equal(Today.AddYears(2), expired.Message.RectificationDeadline);
        var final = await _m.Bus.NextAsync<AssessmentFailed>(e => e.ContractId == contract && e.FinalAfterRectification);
        Assert.Equal("滨政复〔2026〕8号", final.Message.DocumentNumber);
        using var enterprise = await _m.As("enterprise.a");
        using var tooLate = await enterprise.PostAsJsonAsync("/assessments", new { contractId = contract });
        Assert.Equal("AContractIsAssessedUntilDecided", (await ProblemAssert.IsProblem(tooLate, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task SuppliedParcelsAndTheirComplianceArePublicWithoutSignIn()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 10m, "万元/亩")), "tianjin-binhai-m0-2023", 20000m, "BH-PUBLIC-01");
        var idle = new IdleLandDetected(contract, MonitoringUnderTest.Uscc, "BH-PUBLIC-01", Today, 1);
        await _m.Bus.PublishAsync(idle, idle.EventId, publisher: "contracts");
        using var anonymous = _m.Service.Client();

        await Eventually.HoldsAsync(async () =>
        {
            var parcels = await anonymous.GetFromJsonAsync<JsonElement>("/public/parcels");
            return parcels.EnumerateArray().Any(p => p.GetProperty("parcelCode").GetString() == "BH-PUBLIC-01" && p.GetProperty("complianceState").GetString() == "idle");
        }, "the idle parcel disclosed publicly");
        using var figures = await anonymous.GetAsync("/reports");
        await ProblemAssert.IsProblem(figures, HttpStatusCode.Unauthorized);
    }
}
