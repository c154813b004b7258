using System.Net;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary><c>GET /quotes</c>: a clerk's work list, newest first, a page at a time, by parcel or by pack.</summary>
[Collection(PricingApiCollection.Name)]
public sealed class QuoteListTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private PricingService _pricing = null!;

    public Task InitializeAsync()
    {
        _pricing = new PricingService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pricing.DisposeAsync();

    private async Task<Guid> Quote(Dictionary<string, object?> body)
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", body);
        return (await Json.Body(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Quotes_are_listed_newest_first_a_page_at_a_time_with_what_was_priced()
    {
        var first = await Quote(Requests.BinhaiM0(2.0m, 0.7m));
        var second = await Quote(Requests.Xihu());
        var third = await Quote(Requests.BinhaiM0(2.5m, 1m));

        // Another bureau's clerk reads the list as it reads a quote.
        var page = await _pricing.GetJsonAsync(PricingService.DevelopmentClerk, "/quotes?pageSize=2");
        Assert.Equal((3, 1, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([third, second], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(("M0", 10000m, 10_500_000m, "floor"), (items[0].GetProperty("landUse").GetString(), items[0].GetProperty("landAreaM2").GetDecimal(),
            items[0].GetProperty("totalPrice").GetDecimal(), items[0].GetProperty("unitBasis").GetString()));
        Assert.Equal(PricingService.PlanningClerk, items[0].GetProperty("createdBy").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items[1].GetProperty("landUse").ValueKind);

        var next = await _pricing.GetJsonAsync(PricingService.Auditor, "/quotes?page=2&pageSize=2");
        Assert.Equal(first, Assert.Single(next.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var xihu = await _pricing.GetJsonAsync(PricingService.Auditor, $"/quotes?policyPack={Packs.Xihu}");
        Assert.Equal(second, Assert.Single(xihu.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task By_parcel_only_the_quote_fixed_as_its_reserve_price_is_listed_with_the_fixing()
    {
        var fixedQuote = await Quote(Requests.BinhaiM0(2.0m, 0.7m));
        await Quote(Requests.BinhaiM0(2.0m, 0.7m));
        var applicationId = Guid.NewGuid();
        using (var fixing = await _pricing.PostAsync(PricingService.PlanningClerk, $"/quotes/{fixedQuote}/reserve-price", new { applicationId, parcelCode = "BH-2024-031" }))
        {
            Assert.Equal(HttpStatusCode.Created, fixing.StatusCode);
        }

        var page = await _pricing.GetJsonAsync(PricingService.PlanningClerk, "/quotes?parcel=BH-2024-031");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(fixedQuote, item.GetProperty("id").GetGuid());
        Assert.Equal(applicationId, item.GetProperty("reservePrice").GetProperty("applicationId").GetGuid());
        Assert.Equal(11_760_000m, item.GetProperty("reservePrice").GetProperty("totalReservePrice").GetDecimal());

        var none = await _pricing.GetJsonAsync(PricingService.PlanningClerk, "/quotes?parcel=BH-2024-999");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/quotes?page=0&pageSize=0", 1, 1)]
    [InlineData("/quotes?pageSize=1000", 1, 100)]
    [InlineData("/quotes?page=-3", 1, 20)]
    public async Task A_page_outside_the_bounds_is_kept_within_them(string path, int page, int pageSize)
    {
        await Quote(Requests.BinhaiM0(2.0m, 0.7m));

        var body = await _pricing.GetJsonAsync(PricingService.PlanningClerk, path);
        Assert.Equal((page, pageSize), (body.GetProperty("page").GetInt32(), body.GetProperty("pageSize").GetInt32()));
        Assert.Single(body.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Without_a_token_the_list_is_401()
    {
        using var client = _pricing.Anonymous;
        using var response = await client.GetAsync("/quotes");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
