using System.Globalization;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Credit.Tests.Support;

/// <summary>
/// <see cref="ServiceUnderTest{TProgram}"/> for the Credit service. The service reads the issuer, its
/// database and the broker while Program.cs builds (AddPlatformAuthentication, AddServiceDatabase,
/// AddEventBus), before configuration added by ConfigureAppConfiguration is visible under minimal
/// hosting; the same keys are therefore also given as host settings (UseSetting), which are. The fix
/// belongs in ServiceUnderTest itself (tests/Testing), outside this change.
/// </summary>
// 'Program' is ambiguous in this assembly (the development issuer has one too); any public type of the
// Credit assembly tells WebApplicationFactory which entry point to run.
internal sealed class CreditServiceHost : ServiceUnderTest<Infrastructure.CreditDbContext>
{
    private readonly Dictionary<string, string?> _hostSettings;

    public CreditServiceHost(
        IssuerFixture issuer, RabbitMqNode rabbit, TempDirectory data, IReadOnlyDictionary<string, string?> extra, Action<IServiceCollection> services)
        : base("credit", issuer, rabbit.AmqpUri.ToString(), data, extra, services)
    {
        _hostSettings = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{HttpPort.ToString(CultureInfo.InvariantCulture)}",
            ["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{GrpcPort.ToString(CultureInfo.InvariantCulture)}",
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
            ["ConnectionStrings:creditdb"] = $"Data Source={Path.Combine(data.Path, "credit.db")}",
            ["ConnectionStrings:bus"] = rabbit.AmqpUri.ToString(),
            ["Identity:Authority"] = issuer.Url.ToString(),
            ["Identity:ClientId"] = "credit",
            ["Identity:ClientSecret"] = issuer.Secrets["credit"],
        };
        foreach (var (key, value) in extra)
        {
            _hostSettings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _hostSettings)
        {
            builder.UseSetting(key, value);
        }
    }
}
