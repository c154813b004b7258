using System.Net.Http.Json;
using LandPlatform.Reporting.Api.Contracts;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using LandPlatform.Testing.Messaging;
using LandPlatform.Testing.Services;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Reporting.Tests.Support;

/// <summary>
/// Reporting on real Kestrel with its own SQLite file, the private RabbitMQ node, the development issuer and a real
/// simulator; a probe publishes facts as contracts and monitoring would. Delivery timings are shrunk (milliseconds
/// instead of seconds) so retries and parking happen within a test.
/// </summary>
public sealed class ReportingUnderTest : IAsyncDisposable
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-reporting-");

    private ReportingUnderTest(IssuerFixture issuer) => Issuer = issuer;

    public IssuerFixture Issuer { get; }

    public ProvincialSimulator Province { get; private set; } = null!;

    public ServiceUnderTest<Program> Service { get; private set; } = null!;

    public BusProbe Bus { get; private set; } = null!;

    public static async Task<ReportingUnderTest> StartAsync(RabbitMqNode bus, IssuerFixture issuer, int maxAttempts = 10_000, string algorithm = "HMAC-SHA256", string? hmacSecret = null,
        Action<IServiceCollection>? services = null)
    {
        var r = new ReportingUnderTest(issuer);
        r.Province = await ProvincialSimulator.StartAsync(r._data);
        var configuration = new Dictionary<string, string?>
        {
            ["Reporting:Provincial:Endpoint"] = r.Province.Url.ToString(),
            ["Reporting:Provincial:DistrictCode"] = ProvincialSimulator.District,
            ["Reporting:Provincial:DistrictName"] = "新华区",
            ["Reporting:Provincial:Algorithm"] = algorithm,
            ["Reporting:Provincial:HmacSecret"] = hmacSecret ?? r.Province.HmacSecret,
            ["Reporting:Provincial:Sm2PrivateKey"] = r.Province.Sm2PrivateKey,
            ["Reporting:Delivery:InitialDelay"] = "00:00:00.050",
            ["Reporting:Delivery:MaxDelay"] = "00:00:00.400",
            ["Reporting:Delivery:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reporting:Delivery:AttemptTimeout"] = "00:00:01",
            ["Reporting:Delivery:OrderingWindow"] = "00:00:00.300",
            ["Reporting:Delivery:PollInterval"] = "00:00:00.050",
        };
        r.Service = new ServiceUnderTest<Program>("reporting", issuer, bus.AmqpUri.ToString(), r._data, configuration, services);
        r.Service.StartServer();
        await Eventually.HoldsAsync(async () => (await bus.ListQueuesAsync()).Keys.Any(q => q.StartsWith("reporting-", StringComparison.Ordinal)),
            "reporting binds its queues", TimeSpan.FromSeconds(60));
        r.Bus = await BusProbe.StartAsync(bus.AmqpUri);
        return r;
    }

    public async Task<HttpClient> As(string user) => Service.Client(await Issuer.PersonTokenAsync(user));

    public async Task PublishAsync<T>(T fact, string publisher = "contracts")
        where T : LandPlatform.IntegrationContracts.Events.IntegrationEvent =>
        await Bus.PublishAsync(fact, fact.EventId, publisher);

    /// <summary>Publishes each fact as its own type, so it reaches that event's exchange.</summary>
    public async Task PublishAllAsync(IEnumerable<LandPlatform.IntegrationContracts.Events.IntegrationEvent> facts)
    {
        foreach (var fact in facts)
        {
            await (fact switch
            {
                LandPlatform.IntegrationContracts.Events.LandSupplied e => PublishAsync(e),
                LandPlatform.IntegrationContracts.Events.ContractSigned e => PublishAsync(e),
                LandPlatform.IntegrationContracts.Events.LandDelivered e => PublishAsync(e),
                LandPlatform.IntegrationContracts.Events.ConstructionStarted e => PublishAsync(e),
                LandPlatform.IntegrationContracts.Events.ConstructionCompleted e => PublishAsync(e),
                LandPlatform.IntegrationContracts.Events.AssessmentPassed e => PublishAsync(e, "monitoring"),
                LandPlatform.IntegrationContracts.Events.LeaseConvertedToGrant e => PublishAsync(e),
                LandPlatform.IntegrationContracts.Events.LeaseExited e => PublishAsync(e),
                LandPlatform.IntegrationContracts.Events.LandLedgerChanged e => PublishAsync(e, "monitoring"),
                _ => throw new ArgumentException($"No publisher for {fact.GetType().Name}", nameof(facts)),
            });
        }
    }

    public async Task<List<LedgerRecordResponse>> LedgerAsync(string? state = null, string? parcel = null)
    {
        using var client = await As("operator");
        var query = string.Join('&', new[] { state is null ? null : $"state={state}", parcel is null ? null : $"parcel={Uri.EscapeDataString(parcel)}" }.OfType<string>());
        return (await client.GetFromJsonAsync<List<LedgerRecordResponse>>($"/ledger?{query}"))!;
    }

    public async Task<LedgerCountsResponse> CountsAsync()
    {
        using var client = await As("operator");
        return (await client.GetFromJsonAsync<LedgerCountsResponse>("/ledger/counts"))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Bus is not null)
        {
            await Bus.DisposeAsync();
        }

        await Service.DisposeAsync();
        await Province.DisposeAsync();
        _data.Dispose();
    }
}
