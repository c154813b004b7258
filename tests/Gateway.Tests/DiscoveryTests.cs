using LandPlatform.Gateway.Routing;
using LandPlatform.Gateway.Tests.Support;
using LandPlatform.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;

namespace LandPlatform.Gateway.Tests;

/// <summary>
/// Clusters name services (<c>http://admission</c>); service discovery turns each into the address the
/// AppHost injected (<c>services:admission:http:0</c>), here each echo backend's.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class DiscoveryTests(IssuerFixture issuer) : GatewayWithBackends(issuer)
{
    [Fact]
    public void EachClusterNamesItsServiceAndResolvesToTheDiscoveredAddress()
    {
        using var client = Gateway.Client();
        var proxy = Gateway.Services.GetRequiredService<IProxyStateLookup>();
        var clusters = Gateway.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Clusters.ToDictionary(c => c.ClusterId);

        foreach (var service in PlatformServices.Names)
        {
            Assert.True(proxy.TryGetCluster(service, out var cluster), $"no cluster {service}");
            var configured = Assert.Single(clusters[service].Destinations!).Value;
            Assert.Equal($"http://{service}", configured.Address.TrimEnd('/'));
            var resolved = Assert.Single(cluster.Destinations).Value;
            Assert.Equal(Backends[service].Url.ToString().TrimEnd('/'), resolved.Model.Config.Address.TrimEnd('/'));
        }
    }
}
