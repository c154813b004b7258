using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Contracts.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>An enterprise reads its own contracts (list, one, both documents) and none of another enterprise's.</summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class EnterpriseReadingTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task AnEnterpriseReadsItsOwnContractsAndNotAnothersOnes()
    {
        var id = await _service.DeliveredGrantAsync(10_000_000m);
        using var own = await _service.AsAsync("enterprise.a");
        using var other = await _service.AsAsync("enterprise.b");

        var mine = await own.GetFromJsonAsync<JsonElement>("/contracts");
        var one = await own.GetFromJsonAsync<JsonElement>($"/contracts/{id}");
        var supervision = await own.GetStringAsync($"/contracts/{id}/document");
        var land = await own.GetStringAsync($"/contracts/{id}/land-contract/document");
        var theirs = await other.GetFromJsonAsync<JsonElement>("/contracts");
        using var otherOne = await other.GetAsync($"/contracts/{id}");
        using var otherDocument = await other.GetAsync($"/contracts/{id}/document");
        using var otherLand = await other.GetAsync($"/contracts/{id}/land-contract/document");
        using var otherAsksForMine = await other.GetAsync($"/contracts?uscc={ContractsService.Winner}");
        using var missing = await own.GetAsync($"/contracts/{Guid.NewGuid()}");

        Assert.Contains(mine.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.All(mine.EnumerateArray(), c => Assert.Equal(ContractsService.Winner, c.GetProperty("uscc").GetString()));
        Assert.Equal(id, one.GetProperty("id").GetGuid());
        Assert.Contains("履约保证金", supervision, StringComparison.Ordinal);
        Assert.Contains("国有建设用地使用权出让合同", land, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, otherOne.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherDocument.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherLand.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAsksForMine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
