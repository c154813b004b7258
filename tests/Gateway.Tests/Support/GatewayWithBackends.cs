using LandPlatform.Testing.Identity;

namespace LandPlatform.Gateway.Tests.Support;

/// <summary>A gateway in front of five live echo backends, for one test class.</summary>
public abstract class GatewayWithBackends(IssuerFixture issuer, params (string Key, string Value)[] settings) : IAsyncLifetime
{
    protected IssuerFixture Issuer { get; } = issuer;

    protected Dictionary<string, EchoBackend> Backends { get; private set; } = null!;

    protected GatewayUnderTest Gateway { get; private set; } = null!;

    protected string Token { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backends = await GatewayUnderTest.StartBackendsAsync();
        Gateway = new GatewayUnderTest(Issuer, Backends.ToDictionary(b => b.Key, b => b.Value.Url), settings);
        Token = await Issuer.PersonTokenAsync("development.clerk");
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var backend in Backends.Values)
        {
            await backend.DisposeAsync();
        }
    }
}
