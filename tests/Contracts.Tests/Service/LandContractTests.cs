using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Contracts.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Documents;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>
/// The land contract planning signs after the supervision contract, printed from the same data (HTML and PDF), and
/// the term renewal application refused less than a year before the term ends (seed 000 五（四）).
/// </summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class LandContractTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task PlanningSignsTheGrantContractAfterTheSupervisionContractAndPrintsIt()
    {
        var today = _service.Today;
        var (applicationId, parcel) = await _service.QualifyAsync();
        var supply = await _service.RecordSupplyAsync(ContractsService.Supply(applicationId, parcel, 12_345_678m, today));
        var id = await _service.DraftAsync(supply.GetProperty("id").GetGuid());
        await _service.StepAsync(id, "signature", today, "enterprise.a");

        using var deposit = await _service.PostStepAsync(id, "deposit", today);
        using var byDistrict = await _service.PostLandContractAsync(id, today, "district.leader");
        var signed = await _service.SignLandContractAsync(id, today);
        var published = await _service.Probe.NextAsync<ContractSigned>(e => e.ContractId == id);
        using var planning = await _service.AsAsync("planning.clerk");
        var html = await planning.GetStringAsync($"/contracts/{id}/land-contract/document");
        var pdf = await planning.GetByteArrayAsync($"/contracts/{id}/land-contract/document?format=pdf");

        var refused = await Problem.RuleAsync(deposit, "StepMustBeAllowedInTheCurrentState");
        Assert.Contains("SignLandContract", refused.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()));
        await Problem.RuleAsync(byDistrict, "LandContractIsSignedByPlanning");
        Assert.Equal("LandContractSigned", signed.GetProperty("state").GetString());
        var step = signed.GetProperty("steps").EnumerateArray().Last();
        Assert.Equal(("SignLandContract", "planning.leader"), (step.GetProperty("action").GetString(), step.GetProperty("actorId").GetString()));
        Assert.Equal(("Grant", today), (published.Message.ContractKind, published.Message.SignedOn));
        Assert.Contains("国有建设用地使用权出让合同", html, StringComparison.Ordinal);
        Assert.Contains(signed.GetProperty("landContractNumber").GetString()!, html, StringComparison.Ordinal);
        Assert.Contains("人民币 12,345,678 元", html, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国城市房地产管理法》第二十二条", html, StringComparison.Ordinal);
        Assert.Contains("每日按迟延支付款项的 1‰", html, StringComparison.Ordinal);
        var text = PdfText.Read(pdf);
        Assert.Contains("国有建设用地使用权出让合同", text, StringComparison.Ordinal);
        Assert.Contains("期限届满", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARenewalAppliedForLessThanAYearBeforeTheTermEndsIsRefusedNamingSeed000()
    {
        // A two-year Shijingshan grant delivered two years ago: its term ends yesterday, so today is too late.
        var delivered = _service.Today.AddYears(-2);
        var id = await _service.DeliveredGrantAsync(10_000_000m, "beijing-shijingshan-2019", delivered, term: 2);
        using var enterprise = await _service.AsAsync("enterprise.a");

        using var late = await enterprise.PostAsJsonAsync($"/contracts/{id}/term-renewal", new { on = _service.Today });
        using var inTime = await enterprise.PostAsJsonAsync($"/contracts/{id}/term-renewal", new { on = delivered.AddMonths(6) });

        var refused = await Problem.RuleAsync(late, "TermRenewalMustBeAppliedForAYearBeforeTheTermEnds");
        Assert.Contains("五（四）", refused.GetProperty("clause").GetString(), StringComparison.Ordinal);
        var contract = await Problem.AssertAsync(inTime, HttpStatusCode.OK);
        Assert.Equal(delivered.AddYears(2).AddDays(-1), contract.GetProperty("termEndsOn").GetDateOnly());
        Assert.Equal(delivered.AddMonths(6), contract.GetProperty("termRenewalAppliedOn").GetDateOnly());
    }
}
