using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Contracts.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>先租后让 (Beijing 三（三）–（七）): 5 years' lease in a 20-year term at a winning price of 20,000,000 yuan.</summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class LeaseThenTransferLifeTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private const string Pack = "beijing-lease-then-transfer-2024";

    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<Guid> InProductionAsync(DateOnly start)
    {
        var (applicationId, parcel) = await _service.QualifyAsync(reserve: 20_000_000m, mode: SupplyModes.LeaseThenTransfer, pack: Pack);
        var supply = await _service.RecordSupplyAsync(ContractsService.Supply(applicationId, parcel, 20_000_000m, start, SupplyModes.LeaseThenTransfer, term: 20, leaseYears: 5));
        var id = await _service.DraftAsync(supply.GetProperty("id").GetGuid());
        await _service.StepAsync(id, "signature", start, "enterprise.a");
        await _service.SignLandContractAsync(id, start);
        await _service.StepAsync(id, "delivery", start);
        _service.MoveTo(start.AddMonths(2));
        await _service.StepAsync(id, "construction-start", start.AddMonths(2));
        _service.MoveTo(start.AddMonths(20));
        await _service.StepAsync(id, "completion", start.AddMonths(20));
        await _service.StepAsync(id, "production", start.AddMonths(20));
        return id;
    }

    [Fact]
    public async Task ALeaseThatPassesConvertsToAGrantAtTheWinningPriceLessTheRentPaid()
    {
        var start = _service.Today;
        var id = await InProductionAsync(start);
        var lease = await _service.Probe.NextAsync<ContractSigned>(e => e.ContractId == id && e.ContractKind == "Lease");
        _service.MoveTo(start.AddYears(4));
        await _service.StepAsync(id, "assessment-application", start.AddYears(4), "enterprise.a");
        _service.MoveTo(start.AddYears(4).AddMonths(1).AddDays(10));
        await _service.Probe.PublishAsync(new AssessmentPassed(Guid.NewGuid(), id, ContractsService.Winner, start.AddYears(4).AddMonths(1)), Guid.NewGuid(), "monitoring");
        await Eventually.HoldsAsync(async () => (await _service.GetAsync(id)).GetProperty("state").GetString() == "GrantOpened", "the grant is opened");
        await _service.StepAsync(id, "grant", start.AddYears(4).AddMonths(1).AddDays(10), "enterprise.a");

        var converted = await _service.Probe.NextAsync<LeaseConvertedToGrant>(e => e.ContractId == id);
        var grant = await _service.Probe.NextAsync<ContractSigned>(e => e.ContractId == id && e.ContractKind == "Grant");
        Assert.Equal(start, lease.Message.SignedOn);
        Assert.Equal(15_000_000m, converted.Message.GrantPrice);
        Assert.Equal(start.AddYears(5), converted.Message.GrantTermStartsOn);
        Assert.Equal(start.AddYears(4).AddMonths(1).AddDays(10), grant.Message.SignedOn);
        Assert.Equal("Granted", (await _service.GetAsync(id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task ALeaseThatFailsExitsBeforeTheLeaseEnds()
    {
        var start = _service.Today;
        var id = await InProductionAsync(start);
        _service.MoveTo(start.AddYears(4));
        await _service.StepAsync(id, "assessment-application", start.AddYears(4), "enterprise.a");
        _service.MoveTo(start.AddYears(4).AddMonths(1));
        await _service.Probe.PublishAsync(new AssessmentFailed(Guid.NewGuid(), id, ContractsService.Winner, start.AddYears(4).AddMonths(1), "考核未通过", true), Guid.NewGuid(), "monitoring");
        await Eventually.HoldsAsync(async () => (await _service.GetAsync(id)).GetProperty("state").GetString() == "Failed", "the assessment failed");
        _service.MoveTo(start.AddYears(5).AddDays(-1));

        using var late = await _service.PostStepAsync(id, "exit", start.AddYears(5), "planning.leader");
        using var leader = await _service.AsAsync("planning.leader");
        var exitDay = start.AddYears(5).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var negative = await leader.PostAsJsonAsync($"/contracts/{id}/exit", new { on = exitDay, rentRefund = -1m, rentRefundReference = "x" });
        using var unreferenced = await leader.PostAsJsonAsync($"/contracts/{id}/exit", new { on = exitDay, rentRefund = 150_000m });
        using var response = await leader.PostAsJsonAsync($"/contracts/{id}/exit", new { on = exitDay, rentRefund = 150_000m, rentRefundReference = "pricing compensation 2031-0042" });
        var exited = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(System.Net.HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("rentRefund", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unreferenced.StatusCode);
        Assert.Contains("rentRefundReference", await unreferenced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Exited", exited.GetProperty("state").GetString());
        Assert.Equal(0m, exited.GetProperty("depositAmount").GetDecimal());
        Assert.Equal(150_000m, exited.GetProperty("compensation").GetDecimal());
        Assert.Equal("pricing compensation 2031-0042", exited.GetProperty("compensationReference").GetString());
    }
}
