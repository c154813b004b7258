using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Contracts.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>
/// 分期缴纳 under Binhai 第十条: a schedule within a year, payments recorded with who and when, late payment accruing
/// 1‰ a day of the overdue amount in the daily job (explained on the contract), and no registration before the
/// whole price is paid.
/// </summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class InstalmentTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private const string Binhai = "tianjin-binhai-m0-2023";
    private const decimal Price = 12_345_678m;

    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task AScheduleBeyondOneYearIsRefusedNamingBinhaiArticleTen()
    {
        var today = _service.Today;
        var (applicationId, parcel) = await _service.QualifyAsync(pack: Binhai);

        var problem = await RefusedAsync(ContractsService.Supply(applicationId, parcel, Price, today, term: 40,
            instalments: [new(1, today.AddDays(10), 4_000_000m), new(2, today.AddMonths(13), Price - 4_000_000m)]), "InstalmentsMustBePaidWithinTheMaximumTerm");

        Assert.Contains("第十条", problem.GetProperty("clause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APackWithoutInstalmentsRefusesASchedule()
    {
        var today = _service.Today;
        var (applicationId, parcel) = await _service.QualifyAsync();

        await RefusedAsync(ContractsService.Supply(applicationId, parcel, Price, today, instalments: [new(1, today.AddDays(10), Price)]),
            "InstalmentsMustBeAllowedByThePack");
    }

    [Fact]
    public async Task ALateInstalmentAccruesOnePerMillePerDayAndRegistrationWaitsForTheWholePrice()
    {
        var today = _service.Today;
        var (applicationId, parcel) = await _service.QualifyAsync(pack: Binhai);
        InstalmentTerm[] schedule = [new(1, today.AddDays(10), 4_000_000m), new(2, today.AddMonths(11), Price - 4_000_000m)];
        var supply = await _service.RecordSupplyAsync(ContractsService.Supply(applicationId, parcel, Price, today, term: 40, instalments: schedule));
        var supplied = await _service.Probe.NextAsync<LandSupplied>(e => e.ApplicationId == applicationId);
        var id = await _service.DraftAsync(supply.GetProperty("id").GetGuid());
        await _service.StepAsync(id, "signature", today, "enterprise.a");
        await _service.SignLandContractAsync(id, today);

        // Five days after the first instalment fell due: 4,000,000 × 1‰ × 5 = 20,000 yuan.
        _service.MoveTo(today.AddDays(15));
        JsonElement late = default;
        await Eventually.HoldsAsync(async () =>
        {
            var contract = await _service.GetAsync(id);
            return contract.TryGetProperty("latePayment", out late) && late.ValueKind == JsonValueKind.Object
                && late.GetProperty("through").GetDateOnly() == today.AddDays(15);
        }, "the daily job accrues the late payment through the day");
        using var clerk = await _service.AsAsync("planning.clerk");
        using var early = await clerk.PostAsJsonAsync($"/contracts/{id}/registration", new { on = today.AddDays(15) });
        using var first = await clerk.PostAsJsonAsync($"/contracts/{id}/payments", new { on = today.AddDays(15), amount = 4_000_000m });
        using var over = await clerk.PostAsJsonAsync($"/contracts/{id}/payments", new { on = today.AddDays(15), amount = Price });
        using var rest = await clerk.PostAsJsonAsync($"/contracts/{id}/payments", new { on = today.AddDays(15), amount = Price - 4_000_000m });
        using var registered = await clerk.PostAsJsonAsync($"/contracts/{id}/registration", new { on = today.AddDays(15) });

        Assert.Equal(2, supplied.Message.Instalments.Count);
        Assert.Equal(20_000m, late.GetProperty("amount").GetDecimal());
        Assert.Contains("1‰", late.GetProperty("clause").GetString(), StringComparison.Ordinal);
        var step = Assert.Single(late.GetProperty("steps").EnumerateArray());
        Assert.Equal(5, step.GetProperty("days").GetInt32());
        Assert.Contains("4,000,000 元 × 1‰ × 5 日", step.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        var refused = await Problem.RuleAsync(early, "LandPriceMustBePaidInFullBeforeRegistration");
        Assert.Contains("不动产登记前缴清", refused.GetProperty("clause").GetString(), StringComparison.Ordinal);
        var afterFirst = await Problem.AssertAsync(first, HttpStatusCode.OK);
        var payment = Assert.Single(afterFirst.GetProperty("payments").EnumerateArray());
        Assert.Equal(("planning.clerk", 4_000_000m), (payment.GetProperty("recordedById").GetString(), payment.GetProperty("amount").GetDecimal()));
        await Problem.RuleAsync(over, "PaymentsMustNotExceedThePrice");
        await Problem.AssertAsync(rest, HttpStatusCode.OK);
        var done = await Problem.AssertAsync(registered, HttpStatusCode.OK);
        Assert.Equal(today.AddDays(15), done.GetProperty("registeredOn").GetDateOnly());
        Assert.Equal(Price, done.GetProperty("paidTotal").GetDecimal());
    }

    private async Task<JsonElement> RefusedAsync(object supply, string rule)
    {
        using var clerk = await _service.AsAsync("planning.clerk");
        JsonElement problem = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await clerk.PostAsJsonAsync("/supplies", supply);
            var body = await response.Content.ReadAsStringAsync();
            Assert.NotEqual(HttpStatusCode.Created, response.StatusCode);
            if (!body.Contains(rule, StringComparison.Ordinal))
            {
                return false;
            }

            problem = JsonDocument.Parse(body).RootElement.Clone();
            return response.StatusCode == HttpStatusCode.Conflict;
        }, $"the schedule is refused by {rule} once the qualification has arrived");
        return problem;
    }
}
