using LandPlatform.Testing.Services;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>
/// The Pricing service on real ports with its own SQLite file, the private broker and the development
/// issuer, plus the people the tests act as: a planning clerk (writes), a development clerk (another
/// bureau) and an auditor (reads only).
/// </summary>
public sealed class PricingService : IAsyncDisposable
{
    public const string PlanningClerk = "planning.clerk";
    public const string DevelopmentClerk = "development.clerk";
    public const string Auditor = "auditor";

    private readonly TempDirectory _data = TempDirectory.Create("lp-pricing-");
    private readonly IssuerFixture _issuer;
    private readonly Dictionary<string, HttpClient> _clients = [];

    public PricingService(RabbitMqNode rabbit, IssuerFixture issuer)
    {
        ArgumentNullException.ThrowIfNull(rabbit);
        _issuer = issuer;
        Service = new ServiceUnderTest<Program>(
            "pricing", issuer, rabbit.AmqpUri.ToString(), _data,
            new Dictionary<string, string?>
            {
                // A dispatched event must reach the test bus within the test's patience.
                ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
            });
    }

    public ServiceUnderTest<Program> Service { get; }

    public HttpClient Anonymous => Service.Client();

    public async Task<HttpClient> As(string username)
    {
        if (!_clients.TryGetValue(username, out var client))
        {
            client = Service.Client(await _issuer.PersonTokenAsync(username));
            _clients[username] = client;
        }

        return client;
    }

    public async Task<HttpResponseMessage> PostAsync(string username, string path, object body) =>
        await (await As(username)).PostAsJsonAsync(path, body);

    /// <summary>Posts text exactly as given, for bodies no serializer would produce (malformed JSON, NaN).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string username, string path, string json) =>
        await (await As(username)).PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task<JsonElement> GetJsonAsync(string username, string path)
    {
        using var response = await (await As(username)).GetAsync(path);
        return await Json.Body(response, HttpStatusCode.OK);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Service.DisposeAsync();
        _data.Dispose();
    }
}
