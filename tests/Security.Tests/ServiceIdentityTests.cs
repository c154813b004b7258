using System.Net;
using LandPlatform.Security.Tests.Infrastructure;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Security.Tests;

/// <summary>Outgoing calls carry this service's identity, fetched once and refreshed before it expires.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ServiceIdentityTests(IssuerFixture issuer) : IAsyncLifetime
{
    private ProtectedApi _api = null!;

    public async Task InitializeAsync() => _api = await ProtectedApi.StartAsync(issuer.Url);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private sealed class TokenRequestCounter : DelegatingHandler
    {
        public int TokenRequests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == "/connect/token")
            {
                Interlocked.Increment(ref TokenRequests);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private ServiceProvider Services(string service, string secret, ShiftableClock clock, TokenRequestCounter counter)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:identity:http:0"] = issuer.Url.ToString(),
            ["Identity:ClientId"] = service,
            ["Identity:ClientSecret"] = secret,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddServiceIdentity();
        services.AddHttpClient(ServiceTokenProvider.HttpClientName).AddHttpMessageHandler(() => counter);
        services.AddHttpClient("credit", c => c.BaseAddress = _api.Url).AddServiceIdentity();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_handler_attaches_a_cached_token_and_refreshes_it_before_expiry()
    {
        var clock = new ShiftableClock();
        var counter = new TokenRequestCounter();
        await using var services = Services(ServiceIdentities.Admission, issuer.Secrets[ServiceIdentities.Admission], clock, counter);
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("credit");

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/check", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, counter.TokenRequests);

        // Within the last minute of the hour the token is replaced, so it never expires in flight.
        clock.Offset = TimeSpan.FromMinutes(59.5);
        using var later = await client.PostAsync("/check", null);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(2, counter.TokenRequests);
    }

    [Fact]
    public async Task A_refused_token_is_dropped_so_the_next_call_fetches_a_new_one()
    {
        var counter = new TokenRequestCounter();
        await using var services = Services(ServiceIdentities.Monitoring, issuer.Secrets[ServiceIdentities.Monitoring], new ShiftableClock(), counter);
        var provider = services.GetRequiredService<ServiceTokenProvider>();
        var first = await provider.GetTokenAsync(CancellationToken.None);
        provider.Invalidate(first, "test");
        var second = await provider.GetTokenAsync(CancellationToken.None);
        Assert.NotEqual(first, second);
        Assert.Equal(2, counter.TokenRequests);
    }

    [Fact]
    public async Task A_wrong_secret_surfaces_as_an_unavailable_call_not_an_anonymous_one()
    {
        await using var services = Services(ServiceIdentities.Admission, "wrong-secret-wrong-secret", new ShiftableClock(), new TokenRequestCounter());
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient("credit");
        var error = await Assert.ThrowsAsync<ServiceTokenUnavailableException>(() => client.PostAsync("/check", null));
        Assert.Contains("invalid_client", error.Message);
        Assert.Equal(0, _api.Writes);
    }
}
