using LandPlatform.Pricing.Infrastructure;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Services;
using Microsoft.AspNetCore.Hosting;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>
/// <see cref="ServiceUnderTest{TProgram}"/> for Pricing, keyed on a Pricing type rather than <c>Program</c>
/// (the development issuer the test support references also has a public <c>Program</c>; the factory only
/// needs the entry assembly).
/// </summary>
/// <remarks>
/// The base adds its settings with ConfigureAppConfiguration, which a minimal-hosting Program sees only at
/// Build(): too late for AddPlatformAuthentication, AddServiceDatabase and AddEventBus, which read the
/// identity authority and connection strings while the builder is being set up. The settings those read
/// are repeated here with UseSetting, which the builder sees from the start. (Worth fixing in
/// tests/Testing for every service.)
/// </remarks>
public sealed class PricingServiceUnderTest : ServiceUnderTest<PricingDbContext>
{
    private readonly Dictionary<string, string?> _early;

    public PricingServiceUnderTest(IssuerFixture issuer, string amqpUri, TempDirectory data, IReadOnlyDictionary<string, string?> extraSettings)
        : base("pricing", issuer, amqpUri, data, extraSettings)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(extraSettings);
        _early = new Dictionary<string, string?>(extraSettings)
        {
            ["Identity:Authority"] = issuer.Url.ToString(),
            ["Identity:ClientId"] = "pricing",
            ["ConnectionStrings:pricingdb"] = $"Data Source={Path.Combine(data.Path, "pricing.db")}",
            ["ConnectionStrings:bus"] = amqpUri,
        };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _early)
        {
            builder.UseSetting(key, value);
        }
    }
}
