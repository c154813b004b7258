using System.Net;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>
/// Fixing a quote as a parcel's reserve price: stored, audited in the same commit, and published as
/// <see cref="ReservePriceSet"/> through the outbox to the real broker, where a test bus consumes it.
/// </summary>
[Collection(PricingApiCollection.Name)]
public sealed class ReservePriceTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private PricingService _pricing = null!;
    private ReservePriceListener _listener = null!;

    public async Task InitializeAsync()
    {
        _listener = await ReservePriceListener.StartAsync(rabbit);
        _pricing = new PricingService(rabbit, issuer);
    }

    public async Task DisposeAsync()
    {
        await _pricing.DisposeAsync();
        await _listener.DisposeAsync();
    }

    private async Task<Guid> StoredQuote(decimal far = 2.0m, decimal share = 0.7m)
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0(far, share));
        return (await Json.Body(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> Fix(Guid quoteId, Guid applicationId, string parcelCode, string user = PricingService.PlanningClerk) =>
        _pricing.PostAsync(user, $"/quotes/{quoteId}/reserve-price", new { applicationId, parcelCode });

    [Fact]
    public async Task Fixing_a_quote_publishes_ReservePriceSet_through_the_broker_and_is_audited()
    {
        var quoteId = await StoredQuote();
        var applicationId = Guid.NewGuid();

        using var response = await Fix(quoteId, applicationId, "BH-2024-017");
        var fixing = await Json.Body(response, HttpStatusCode.Created);
        Assert.Equal(11_760_000m, fixing.GetProperty("totalReservePrice").GetDecimal());

        var published = await _listener.WaitForAsync(applicationId, TimeSpan.FromSeconds(30));
        Assert.Equal("BH-2024-017", published.ParcelCode);
        Assert.Equal(quoteId, published.QuoteId);
        Assert.Equal(Packs.Binhai, published.PolicyPackId);
        Assert.Equal(11_760_000m, published.TotalReservePrice);
        Assert.Equal(588m, published.UnitPrice);
        Assert.Equal("floor", published.UnitBasis);

        var records = await _pricing.GetJsonAsync(PricingService.Auditor, "/audit/records?operation=pricing.reserve-price.set");
        var record = Assert.Single(records.GetProperty("items").EnumerateArray());
        Assert.Equal(PricingService.PlanningClerk, record.GetProperty("personId").GetString());
        Assert.Equal(fixing.GetProperty("id").GetString(), record.GetProperty("resourceId").GetString());
        Assert.Contains("BH-2024-017", record.GetProperty("afterSummary").GetString(), StringComparison.Ordinal);

        var quote = await _pricing.GetJsonAsync(PricingService.PlanningClerk, $"/quotes/{quoteId}");
        Assert.Equal(applicationId, quote.GetProperty("reservePrice").GetProperty("applicationId").GetGuid());
    }

    [Fact]
    public async Task A_quote_fixed_twice_is_409_and_publishes_once()
    {
        var quoteId = await StoredQuote();
        var applicationId = Guid.NewGuid();
        using var first = await Fix(quoteId, applicationId, "BH-2024-018");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var again = await Fix(quoteId, applicationId, "BH-2024-018");
        var problem = await Json.Problem(again, HttpStatusCode.Conflict);
        Assert.Equal(quoteId, problem.GetProperty("reservePrice").GetProperty("quoteId").GetGuid());

        await _listener.WaitForAsync(applicationId, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, _listener.CountFor(applicationId));
    }

    [Fact]
    public async Task A_parcel_with_a_reserve_price_cannot_get_another_from_a_second_quote()
    {
        var applicationId = Guid.NewGuid();
        using var first = await Fix(await StoredQuote(), applicationId, "BH-2024-019");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await Fix(await StoredQuote(2.5m, 1m), applicationId, "BH-2024-019");
        var problem = await Json.Problem(second, HttpStatusCode.Conflict);
        Assert.Contains("already has a reserve price", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixing_an_unknown_quote_is_404_and_missing_fields_are_named()
    {
        using var unknown = await Fix(Guid.NewGuid(), Guid.NewGuid(), "BH-X");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var missing = await _pricing.PostAsync(PricingService.PlanningClerk, $"/quotes/{await StoredQuote()}/reserve-price", new { parcelCode = " " });
        var problem = await Json.Problem(missing, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("applicationId", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("parcelCode", out _));
    }

    [Fact]
    public async Task Only_the_planning_bureau_fixes_a_reserve_price()
    {
        var quoteId = await StoredQuote();

        using var development = await Fix(quoteId, Guid.NewGuid(), "BH-2024-020", PricingService.DevelopmentClerk);
        await Json.Problem(development, HttpStatusCode.Forbidden);
        using var auditor = await Fix(quoteId, Guid.NewGuid(), "BH-2024-020", PricingService.Auditor);
        await Json.Problem(auditor, HttpStatusCode.Forbidden);

        var quote = await _pricing.GetJsonAsync(PricingService.PlanningClerk, $"/quotes/{quoteId}");
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("reservePrice").ValueKind);
    }
}
