using LandPlatform.Testing.Services;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Credit.Tests.Support;

/// <summary>
/// The Credit service under test (real Kestrel ports, its own SQLite file, the private broker, the
/// development issuer) with a clock the test moves: the objection period elapses by moving
/// <see cref="Clock"/>, never by sleeping. Only asynchronous delivery is awaited, by bounded polling.
/// </summary>
internal sealed class CreditService : IAsyncDisposable
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-credit-");
    private readonly Dictionary<string, string> _tokens = [];

    public CreditService(RabbitMqNode rabbit, IssuerFixture issuer, double jobIntervalSeconds = 0.2)
    {
        Issuer = issuer;
        Host = new ServiceUnderTest<Program>(
            "credit",
            issuer,
            rabbit.AmqpUri.ToString(),
            _data,
            new Dictionary<string, string?>
            {
                ["Credit:ObjectionPeriodJob:IntervalSeconds"] = jobIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Credit:ListingPeriodJob:IntervalSeconds"] = jobIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            services => services.AddSingleton<TimeProvider>(Clock));
    }

    public ShiftableClock Clock { get; } = new();

    public IssuerFixture Issuer { get; }

    public ServiceUnderTest<Program> Host { get; }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>An HTTP client as the seeded user (e.g. "credit.clerk", "enterprise.a", "auditor"), or anonymous.</summary>
    public async Task<HttpClient> AsAsync(string? user)
    {
        if (user is null)
        {
            return Host.Client();
        }

        if (!_tokens.TryGetValue(user, out var token))
        {
            _tokens[user] = token = await Issuer.PersonTokenAsync(user);
        }

        return Host.Client(token);
    }

    public async Task RegisterAsync(string uscc, string name = "石景山示范制造有限公司", object? legalRepresentative = null, string[]? controlledCompanies = null)
    {
        using var clerk = await AsAsync("credit.clerk");
        using var response = await clerk.PostAsJsonAsync("/enterprises", new { uscc, name, legalRepresentative, controlledCompanies });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static object Notice(string uscc, string reason = "BreachOfContract") => new
    {
        uscc,
        reason,
        document = new { type = "解除合同通知书", number = "石政地〔2025〕12号", date = "2025-01-20" },
        evidence = new[] { new { id = "ev-1", title = "现场核查记录" } },
    };

    /// <summary>Opens a notice as the credit clerk and returns the listing.</summary>
    public async Task<JsonElement> IssueNoticeAsync(string uscc, string reason = "BreachOfContract")
    {
        using var clerk = await AsAsync("credit.clerk");
        using var response = await clerk.PostAsJsonAsync("/listings", Notice(uscc, reason));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetListingAsync(Guid id, string user = "credit.clerk")
    {
        using var client = await AsAsync(user);
        return await client.GetFromJsonAsync<JsonElement>($"/listings/{id}");
    }

    /// <summary>Moves the service's clock past the listing's objection period (the day after its last day, Beijing time).</summary>
    public void MovePastObjectionPeriod(JsonElement listing) => MovePast(listing.GetProperty("objectionPeriodEndsAt").GetDateTimeOffset());

    /// <summary>Moves the service's clock past the end of an effective listing's listing period.</summary>
    public void MovePastListingPeriod(JsonElement listing) => MovePast(listing.GetProperty("periodEndsAt").GetDateTimeOffset());

    /// <summary>Moves the service's clock (never back) to a minute after <paramref name="instant"/>.</summary>
    public void MovePast(DateTimeOffset instant)
    {
        var needed = instant - DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);
        if (needed > Clock.Offset)
        {
            Clock.Offset = needed;
        }
    }

    /// <summary>Opens a notice, files the enterprise's objection and rejects it: effective now, with no job involved.</summary>
    public async Task<JsonElement> EffectiveByRejectedObjectionAsync(string uscc, string objector)
    {
        var id = (await IssueNoticeAsync(uscc)).GetProperty("id").GetGuid();
        using var enterprise = await AsAsync(objector);
        (await enterprise.PostAsJsonAsync($"/listings/{id}/objections", new { grounds = "违约事实不成立" })).EnsureSuccessStatusCode();
        using var reviewer = await AsAsync("credit.reviewer");
        using var decided = await reviewer.PostAsJsonAsync($"/listings/{id}/objections/decision", new { outcome = "Rejected", reasons = "异议理由不成立" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        return await decided.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Polls (bounded) until <paramref name="condition"/> holds; for asynchronous work only (job, broker). The bound is
    /// generous because CI runs this beside whole platforms starting on 2 cores: a clean-clone run saw a broker delivery
    /// take over 20 s there. It only bounds a wait for something that must happen; nothing passes by waiting.
    /// </summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, double seconds = 60)
    {
        var watch = Stopwatch.StartNew();
        T last;
        do
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds));

        throw new Xunit.Sdk.XunitException($"Not within {seconds}s: {what}. Last seen: {last}");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
