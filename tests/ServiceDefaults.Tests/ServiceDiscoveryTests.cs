using System.Net;
using LandPlatform.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>
/// Every HttpClient finds a service by name: <c>http://credit</c> goes where <c>services:credit:http:0</c>
/// (the AppHost's <c>services__credit__http__0</c>) says, here a real Kestrel backend.
/// </summary>
public sealed class ServiceDiscoveryTests
{
    private static IHost HostWith(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>(s.Key, s.Value)));
        builder.AddServiceDefaults();
        builder.Services.AddHttpClient<CreditApi>(c => c.BaseAddress = new Uri("http://credit"));
        return builder.Build();
    }

    [Fact]
    public async Task ATypedClientAddressedByServiceNameReachesTheConfiguredAddress()
    {
        await using var credit = await TinyServer.StartAsync(app => app.MapGet("/whoami", () => "credit"));
        await using var other = await TinyServer.StartAsync(app => app.MapGet("/whoami", () => "other"));
        using var host = HostWith(("services:credit:http:0", credit.Url.ToString()), ("services:other:http:0", other.Url.ToString()));

        var answer = await host.Services.GetRequiredService<CreditApi>().Http.GetStringAsync(new Uri("/whoami", UriKind.Relative));

        Assert.Equal("credit", answer);
    }

    [Fact]
    public async Task AnUnconfiguredServiceFailsNamingIt()
    {
        using var host = HostWith();

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            host.Services.GetRequiredService<CreditApi>().Http.GetAsync(new Uri("/whoami", UriKind.Relative)));

        Assert.Contains("credit", error.Message, StringComparison.Ordinal);
    }

    public sealed class CreditApi(HttpClient http)
    {
        public HttpClient Http { get; } = http;
    }
}
