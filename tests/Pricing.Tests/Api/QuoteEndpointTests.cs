using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>
/// <c>POST /quotes</c> and <c>GET /quotes/{id}</c> over HTTP with a planning clerk's token (through the
/// gateway: <c>/api/pricing/quotes</c>).
/// </summary>
[Collection(PricingApiCollection.Name)]
public sealed class QuoteEndpointTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private PricingService _pricing = null!;

    public Task InitializeAsync()
    {
        _pricing = new PricingService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pricing.DisposeAsync();

    [Theory]
    // Seed 002 附件3 cells (万元): FAR, self-held share, 地价款.
    [InlineData("1.5", "0.5", 1260)]
    [InlineData("2.0", "0.7", 1176)]
    [InlineData("2.5", "1", 1050)]
    public async Task A_binhai_M0_quote_equals_the_annex_three_cell_with_its_steps(string far, string share, int wanYuan)
    {
        var body = Requests.BinhaiM0(decimal.Parse(far, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture));

        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", body);
        var quote = await Json.Body(response, HttpStatusCode.Created);

        Assert.Equal(wanYuan * 10000m, quote.GetProperty("totalPrice").GetDecimal());
        Assert.Equal("floor", quote.GetProperty("unitBasis").GetString());
        Assert.Equal(Packs.Binhai, quote.GetProperty("policyPack").GetString());
        var multiple = Json.Step(quote, "BenchmarkMultiple");
        Assert.Equal(840m, multiple.GetProperty("value").GetDecimal());
        Assert.StartsWith("《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十条", multiple.GetProperty("clause").GetString(), StringComparison.Ordinal);
        Assert.Equal("560 × 1.5", multiple.GetProperty("formula").GetString());
        Assert.Equal(wanYuan * 10000m, Json.Step(quote, "TotalPrice").GetProperty("value").GetDecimal());
        Assert.All(Json.Steps(quote), s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("clause").GetString())));
        Assert.Equal($"/quotes/{quote.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FAR_on_the_article_five_boundary_is_priced_with_a_warning()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0(far: 1.5m));
        var quote = await Json.Body(response, HttpStatusCode.Created);

        Assert.Contains(quote.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "FloorAreaRatioAtPrincipleBoundary");
    }

    [Fact]
    public async Task A_stored_quote_reads_back_with_its_steps_inputs_and_author()
    {
        using var created = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0(2.0m, 0.7m));
        var quote = await Json.Body(created, HttpStatusCode.Created);
        var id = quote.GetProperty("id").GetGuid();

        // An auditor reads what a clerk priced.
        var stored = await _pricing.GetJsonAsync(PricingService.Auditor, $"/quotes/{id}");

        Assert.Equal(11_760_000m, stored.GetProperty("totalPrice").GetDecimal());
        Assert.Equal(588m, stored.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(quote.GetProperty("steps").GetRawText(), stored.GetProperty("steps").GetRawText());
        Assert.Equal(0.7m, stored.GetProperty("input").GetProperty("selfHeldShare").GetDecimal());
        Assert.Equal("2024-05-01", stored.GetProperty("valuationDate").GetString());
        Assert.Equal(PricingService.PlanningClerk, stored.GetProperty("createdBy").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("reservePrice").ValueKind);
    }

    [Fact]
    public async Task An_unknown_quote_is_404()
    {
        using var response = await (await _pricing.As(PricingService.PlanningClerk)).GetAsync($"/quotes/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_xihu_quote_starts_at_one_and_a_half_times_the_appraisal_per_mu()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.Xihu());
        var quote = await Json.Body(response, HttpStatusCode.Created);

        Assert.Equal(108_000_000m, quote.GetProperty("totalPrice").GetDecimal());
        Assert.Equal(5400m, quote.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("land", quote.GetProperty("unitBasis").GetString());
        Assert.Equal(3_600_000m, Json.Step(quote, "AppraisalMultiple").GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_self_held_share_below_half_is_refused_422_with_rule_clause_and_steps()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0(share: 0.4m));
        var problem = await Json.Problem(response, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("SelfHeldShareBelowMinimum", problem.GetProperty("rule").GetString());
        Assert.StartsWith("《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十条（一）", problem.GetProperty("clause").GetString(), StringComparison.Ordinal);
        Assert.Contains("40%", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(problem.GetProperty("steps").EnumerateArray(), s => s.GetProperty("rule").GetString() == "BenchmarkMultiple");
    }

    [Fact]
    public async Task A_term_above_the_M0_maximum_is_refused()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0().With("termYears", 50));
        var problem = await Json.Problem(response, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("TermExceedsMaximum", problem.GetProperty("rule").GetString());
        Assert.Contains("第九条", problem.GetProperty("clause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_pack_is_a_clear_422_naming_the_pack_field()
    {
        // The Xihu trial ended 2021-03-13; priced "today" it must be refused, not silently used.
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.Xihu().Without("valuationDate"));
        var problem = await Json.Problem(response, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("PolicyPackNotInForce", problem.GetProperty("rule").GetString());
        Assert.Equal("policyPack", problem.GetProperty("field").GetString());
        Assert.Contains("2021-03-13", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_pack_is_a_clear_422()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0().With("policyPack", "tianjin-binhai-m0-2099"));
        var problem = await Json.Problem(response, HttpStatusCode.UnprocessableEntity);

        Assert.Equal("PolicyPackNotFound", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_refused_quote_is_not_stored()
    {
        using var refused = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0(share: 0.4m));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        await using var scope = _pricing.Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LandPlatform.Pricing.Infrastructure.PricingDbContext>();
        Assert.Equal(0, await db.Quotes.CountAsync());
    }
}
