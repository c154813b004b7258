using System.Net;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>Quotes are written by the planning bureau; every bureau's staff and auditors read; nobody anonymous.</summary>
[Collection(PricingApiCollection.Name)]
public sealed class AuthTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private PricingService _pricing = null!;

    public Task InitializeAsync()
    {
        _pricing = new PricingService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pricing.DisposeAsync();

    [Theory]
    [InlineData("POST", "/quotes")]
    [InlineData("GET", "/policy-packs")]
    [InlineData("POST", "/lease-then-transfer")]
    public async Task Without_a_token_it_is_401(string method, string path)
    {
        using var client = _pricing.Anonymous;
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(Requests.BinhaiM0());
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(PricingService.DevelopmentClerk)]
    [InlineData(PricingService.Auditor)]
    public async Task Only_the_planning_bureau_may_write_a_quote(string username)
    {
        using var response = await _pricing.PostAsync(username, "/quotes", Requests.BinhaiM0());
        var problem = await Json.Problem(response, HttpStatusCode.Forbidden);
        Assert.Equal(Permissions.PricingQuotesWrite, problem.GetProperty("missingPermission").GetString());
    }

    [Fact]
    public async Task Planning_leaders_and_reviewers_write_too()
    {
        using var response = await _pricing.PostAsync("planning.leader", "/quotes", Requests.BinhaiM0());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_denied_write_is_audited_as_a_denial()
    {
        using var denied = await _pricing.PostAsync(PricingService.DevelopmentClerk, "/quotes", Requests.BinhaiM0());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var records = await _pricing.GetJsonAsync(PricingService.Auditor, "/audit/records?actor=development.clerk");
        var record = Assert.Single(records.GetProperty("items").EnumerateArray());
        Assert.StartsWith("denied", record.GetProperty("outcome").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_quote_is_audited_in_the_same_commit()
    {
        using var created = await _pricing.PostAsync(PricingService.PlanningClerk, "/quotes", Requests.BinhaiM0());
        var quote = await Json.Body(created, HttpStatusCode.Created);

        var records = await _pricing.GetJsonAsync(PricingService.Auditor, "/audit/records?operation=pricing.quote.create");
        var record = Assert.Single(records.GetProperty("items").EnumerateArray());
        Assert.Equal(quote.GetProperty("id").GetString(), record.GetProperty("resourceId").GetString());
        Assert.Equal("succeeded", record.GetProperty("outcome").GetString());
    }
}
