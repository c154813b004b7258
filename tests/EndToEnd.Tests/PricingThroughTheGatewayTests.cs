using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;

namespace LandPlatform.EndToEnd.Tests;

/// <summary>A planning-bureau clerk prices a parcel through the gateway (issue 5).</summary>
[Collection(PlatformCollection.Name)]
public sealed class PricingThroughTheGatewayTests(RunningPlatform platform)
{
    private static object BinhaiM0(decimal selfHeldShare) => new
    {
        policyPack = "tianjin-binhai-m0-2023",
        valuationDate = "2024-05-01",
        landUse = "M0",
        landAreaM2 = 10000,
        floorAreaRatio = 2.0m,
        industrialBenchmarkPricePerM2 = 560,
        landGrade = 5,
        selfHeldShare,
        beijingRelocation = false,
        termYears = 40,
    };

    [Fact]
    public async Task AQuoteReproducesTheAnnexThreeCellWithItsStepsAndCanBeReadBack()
    {
        using var planning = await platform.ClientFor("planning.clerk");

        using var response = await planning.PostAsJsonAsync("/api/pricing/quotes", BinhaiM0(0.7m));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var quote = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(11_760_000m, quote.GetProperty("totalPrice").GetDecimal());
        Assert.Equal("floor", quote.GetProperty("unitBasis").GetString());
        Assert.Contains(quote.GetProperty("steps").EnumerateArray(), s => s.GetProperty("rule").GetString() == "SelfHeldCorrection");
        Assert.All(quote.GetProperty("steps").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("clause").GetString())));

        var read = await planning.GetFromJsonAsync<JsonElement>($"/api/pricing/quotes/{quote.GetProperty("id").GetString()}");
        Assert.Equal(11_760_000m, read.GetProperty("totalPrice").GetDecimal());
    }

    [Fact]
    public async Task ASelfHeldShareBelowHalfIsRefusedNamingTheRule()
    {
        using var planning = await platform.ClientFor("planning.clerk");

        using var response = await planning.PostAsJsonAsync("/api/pricing/quotes", BinhaiM0(0.4m));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("SelfHeldShareBelowMinimum", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task AnotherBureauCannotQuote()
    {
        using var development = await platform.ClientFor("development.clerk");

        using var response = await development.PostAsJsonAsync("/api/pricing/quotes", BinhaiM0(0.7m));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ThePublicBlacklistNeedsNoToken()
    {
        using var anonymous = platform.Anonymous();

        using var response = await anonymous.GetAsync("/api/credit/public/listings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
