using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Gateway.Routing;
using LandPlatform.Gateway.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Gateway.Tests;

/// <summary>/api/{service}/** reaches that service with the prefix removed and the trace context kept.</summary>
[Collection(GatewayCollection.Name)]
public sealed class RoutingTests(IssuerFixture issuer) : GatewayWithBackends(issuer)
{
    [Fact]
    public async Task TheServicePrefixIsRemovedBeforeForwarding()
    {
        using var client = Gateway.Client(Token);

        var echo = await client.GetFromJsonAsync<JsonElement>("/api/admission/applications/1?view=full");

        Assert.Equal("admission", echo.GetProperty("service").GetString());
        var received = Assert.Single(Backends["admission"].Requests);
        Assert.Equal("/applications/1", received.Path);
        Assert.Equal("?view=full", received.Query);
    }

    [Fact]
    public async Task EachPrefixGoesToItsOwnService()
    {
        using var client = Gateway.Client(Token);

        foreach (var service in PlatformServices.Names)
        {
            var echo = await client.GetFromJsonAsync<JsonElement>($"/api/{service}/things/{service}");
            Assert.Equal(service, echo.GetProperty("service").GetString());
        }

        foreach (var (service, backend) in Backends)
        {
            Assert.Equal([$"/things/{service}"], backend.Requests.Select(r => r.Path));
        }
    }

    [Fact]
    public async Task TheCallersTraceIdArrivesAtTheService()
    {
        using var client = Gateway.Client(Token);
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/pricing/quotes/7");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(Backends["pricing"].Requests).Headers["traceparent"];
        Assert.Equal(traceId, forwarded.Split('-')[1]);
    }

    [Fact]
    public async Task AnAnonymousRequestIsRefusedAndNeverForwarded()
    {
        using var anonymous = Gateway.Client();

        using var response = await anonymous.GetAsync("/api/admission/applications/1");

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Empty(Backends["admission"].Requests);
    }

    [Fact]
    public async Task ThePublicDisclosurePassesThroughWithoutAToken()
    {
        using var anonymous = Gateway.Client();

        var echo = await anonymous.GetFromJsonAsync<JsonElement>("/api/credit/public/x");

        Assert.Equal("credit", echo.GetProperty("service").GetString());
        Assert.Equal("/public/x", Assert.Single(Backends["credit"].Requests).Path);
    }

    [Fact]
    public async Task AnUnknownServiceIsA404Problem()
    {
        using var client = Gateway.Client(Token);

        using var response = await client.GetAsync("/api/nosuchservice/x");

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }
}
