using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Services;
using Microsoft.AspNetCore.Hosting;

namespace LandPlatform.BadInput.Tests.Services;

/// <summary>
/// A service as the AppHost runs it: the Development environment, where minimal APIs throw on a request they
/// cannot bind — the drill proves that does not reach the client as a 500.
/// </summary>
public sealed class DevelopmentHost<TProgram>(string name, IssuerFixture issuer, string amqpUri, TempDirectory data, IReadOnlyDictionary<string, string?> settings)
    : ServiceUnderTest<TProgram>(name, issuer, amqpUri, data, settings)
    where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}
