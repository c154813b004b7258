using System.Net;
using System.Text.Json;
using LandPlatform.Gateway.Routing;
using LandPlatform.Gateway.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Gateway.Tests;

/// <summary>The gateway's /health is the health of every destination, each by name.</summary>
[Collection(GatewayCollection.Name)]
public sealed class HealthTests(IssuerFixture issuer) : GatewayWithBackends(issuer)
{
    private async Task<(HttpStatusCode Status, JsonElement Checks)> HealthAsync()
    {
        using var client = Gateway.Client();
        using var response = await client.GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("checks"));
    }

    [Fact]
    public async Task HealthListsEveryDestinationByName()
    {
        var (status, checks) = await HealthAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var service in PlatformServices.Names)
        {
            Assert.Equal("Healthy", checks.GetProperty(service).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task AnUnhealthyDestinationMakesHealth503NamingIt()
    {
        Backends["contracts"].Healthy = false;
        try
        {
            var (status, checks) = await HealthAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", checks.GetProperty("contracts").GetProperty("status").GetString());
            Assert.Contains("503", checks.GetProperty("contracts").GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal("Healthy", checks.GetProperty("pricing").GetProperty("status").GetString());
        }
        finally
        {
            Backends["contracts"].Healthy = true;
        }
    }

    [Fact]
    public async Task AStoppedDestinationMakesHealth503NamingItAsUnreachable()
    {
        var down = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var destinations = Backends.ToDictionary(b => b.Key, b => b.Value.Url);
        destinations["monitoring"] = down;
        await using var gateway = new GatewayUnderTest(Issuer, destinations);
        using var client = gateway.Client();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        var monitoring = checks.GetProperty("monitoring");
        Assert.Equal("Unhealthy", monitoring.GetProperty("status").GetString());
        Assert.Contains("unreachable", monitoring.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", checks.GetProperty("credit").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AStoppedDestinationIsA502Or503ProblemNotAHang()
    {
        var destinations = Backends.ToDictionary(b => b.Key, b => b.Value.Url);
        destinations["monitoring"] = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        await using var gateway = new GatewayUnderTest(Issuer, destinations);
        using var client = gateway.Client(Token);

        using var response = await client.GetAsync("/api/monitoring/indicators");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable });
        await ProblemAssert.IsProblem(response, response.StatusCode);
    }
}
