using System.Net;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>Bad input is a 400 problem naming the field and the rule; never a default, never a 500.</summary>
[Collection(PricingApiCollection.Name)]
public sealed class BadInputTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private PricingService _pricing = null!;

    public Task InitializeAsync()
    {
        _pricing = new PricingService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pricing.DisposeAsync();

    private async Task<IReadOnlyList<(string Field, string Rule)>> Quote(Dictionary<string, object?> body)
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", body);
        return await Json.Violations(response);
    }

    private async Task<IReadOnlyList<(string Field, string Rule)>> QuoteRaw(string json)
    {
        using var response = await _pricing.PostRawAsync(PricingService.PlanningClerk, "/quotes", json);
        return await Json.Violations(response);
    }

    [Fact]
    public async Task A_negative_area_names_landAreaM2() =>
        Assert.Equal([("landAreaM2", "MustBePositive")], await Quote(Requests.BinhaiM0().With("landAreaM2", -10000m)));

    [Theory]
    [InlineData("1.2")]
    [InlineData("4.0")]
    public async Task A_FAR_outside_the_pack_range_names_floorAreaRatio(string far) =>
        Assert.Equal(
            [("floorAreaRatio", "FloorAreaRatioOutsidePackRange")],
            await Quote(Requests.BinhaiM0(far: decimal.Parse(far, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public async Task A_share_above_one_names_selfHeldShare() =>
        Assert.Equal([("selfHeldShare", "ShareOutOfRange")], await Quote(Requests.BinhaiM0(share: 1.2m)));

    [Fact]
    public async Task Land_grade_16_names_landGrade() =>
        Assert.Equal([("landGrade", "UnknownLandGrade")], await Quote(Requests.BinhaiM0().With("landGrade", 16)));

    [Fact]
    public async Task A_missing_field_the_pack_needs_is_named_not_defaulted()
    {
        var violations = await Quote(Requests.BinhaiM0().Without("selfHeldShare").Without("termYears"));

        Assert.Contains(("selfHeldShare", "Required"), violations);
        Assert.Contains(("termYears", "Required"), violations);
    }

    [Fact]
    public async Task Every_mistake_is_reported_at_once()
    {
        var violations = await Quote(Requests.BinhaiM0().With("landAreaM2", 0m).With("landGrade", 0).With("selfHeldShare", -0.1m));

        Assert.Equal(["landAreaM2", "landGrade", "selfHeldShare"], violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_land_use_names_landUse() =>
        Assert.Equal([("landUse", "UnknownLandUse")], await Quote(Requests.BinhaiM0().With("landUse", "M2")));

    [Fact]
    public async Task Malformed_json_is_400_not_500() =>
        Assert.Equal([("body", "MalformedJson")], await QuoteRaw("{\"policyPack\": \"tianjin-binhai-m0-2023\", "));

    [Fact]
    public async Task NaN_names_the_field()
    {
        var violations = await QuoteRaw("{\"policyPack\": \"tianjin-binhai-m0-2023\", \"landAreaM2\": NaN}");
        Assert.Equal("landAreaM2", Assert.Single(violations).Field);
    }

    [Fact]
    public async Task NaN_as_a_string_names_the_field() =>
        Assert.Equal([("landAreaM2", "InvalidJsonValue")], await QuoteRaw("{\"landAreaM2\": \"NaN\"}"));

    [Fact]
    public async Task A_number_sent_as_a_string_names_the_field() =>
        Assert.Equal([("floorAreaRatio", "InvalidJsonValue")], await Quote(Requests.BinhaiM0().With("floorAreaRatio", "1.5")));

    [Fact]
    public async Task A_fractional_term_names_termYears() =>
        Assert.Equal([("termYears", "InvalidJsonValue")], await Quote(Requests.BinhaiM0().With("termYears", 40.5m)));

    [Fact]
    public async Task A_misspelt_field_is_refused_not_ignored() =>
        Assert.Equal([("majorProjet", "UnknownField")], await LeaseThenTransferRaw("{\"policyPack\": \"beijing-lease-then-transfer-2024\", \"majorProjet\": true}"));

    [Fact]
    public async Task A_nested_field_of_the_wrong_type_is_named_by_its_path()
    {
        using var response = await _pricing.PostRawAsync(PricingService.PlanningClerk, "/compensation",
            "{\"policyPack\": \"beijing-lease-then-transfer-2024\", \"buildings\": [{\"replacementCost\": 1, \"newness\": \"high\"}]}");
        var violations = await Json.Violations(response);

        Assert.Equal([("buildings[0].newness", "InvalidJsonValue")], violations);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var response = await (await _pricing.As(PricingService.PlanningClerk)).PostAsync("/quotes", new StringContent("landAreaM2=1"));
        await Json.Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Naming_both_a_pack_and_a_district_is_400() =>
        Assert.Equal([("policyPack", "PolicyPackReference")], await Quote(Requests.BinhaiM0().With("district", "天津市滨海新区")));

    private async Task<IReadOnlyList<(string Field, string Rule)>> LeaseThenTransferRaw(string json)
    {
        using var response = await _pricing.PostRawAsync(PricingService.PlanningClerk, "/lease-then-transfer", json);
        return await Json.Violations(response);
    }
}
