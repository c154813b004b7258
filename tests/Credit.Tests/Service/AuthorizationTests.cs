using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>Who may do what, endpoint by endpoint, and the audit record a write leaves.</summary>
[Collection(CreditServiceCollection.Name)]
public sealed class AuthorizationTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private CreditService _credit = null!;

    public Task InitializeAsync()
    {
        _credit = new CreditService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _credit.DisposeAsync();

    public static TheoryData<string, string> Writes => new()
    {
        { "/listings", "credit.listings.write" },
        { "/enterprises", "credit.listings.write" },
        { $"/listings/{Guid.NewGuid()}/objections", "credit.objections.file" },
        { $"/listings/{Guid.NewGuid()}/objections/decision", "credit.objections.decide" },
        { $"/listings/{Guid.NewGuid()}/delisting", "credit.delist" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Writes_need_a_token_and_the_permission(string path, string permission)
    {
        using var anonymous = await _credit.AsAsync(null);
        await Problem.AssertAsync(await anonymous.PostAsJsonAsync(path, new { }), HttpStatusCode.Unauthorized);

        // Another bureau's staff, and the auditor (reads everything, writes nothing).
        foreach (var user in new[] { "development.leader", "auditor" })
        {
            using var client = await _credit.AsAsync(user);
            var problem = await Problem.AssertAsync(await client.PostAsJsonAsync(path, new { }), HttpStatusCode.Forbidden);
            Assert.Equal(permission, problem.GetProperty("missingPermission").GetString());
        }
    }

    [Fact]
    public async Task Reads_need_a_token_and_an_enterprise_reads_only_its_own_file()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        var id = (await _credit.IssueNoticeAsync(Codes.EnterpriseA)).GetProperty("id").GetGuid();

        using var anonymous = await _credit.AsAsync(null);
        await Problem.AssertAsync(await anonymous.GetAsync($"/enterprises/{Codes.EnterpriseA}"), HttpStatusCode.Unauthorized);
        await Problem.AssertAsync(await anonymous.GetAsync("/policies"), HttpStatusCode.Unauthorized);

        foreach (var reader in new[] { "auditor", "development.clerk", "enterprise.a" })
        {
            using var client = await _credit.AsAsync(reader);
            await Problem.AssertAsync(await client.GetAsync($"/enterprises/{Codes.EnterpriseA}"), HttpStatusCode.OK);
            await Problem.AssertAsync(await client.GetAsync($"/listings/{id}"), HttpStatusCode.OK);
        }

        using var other = await _credit.AsAsync("enterprise.b");
        await Problem.AssertAsync(await other.GetAsync($"/enterprises/{Codes.EnterpriseA}"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await other.GetAsync($"/listings/{id}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Enterprise_B_cannot_object_for_A_and_nothing_is_stored()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        var id = (await _credit.IssueNoticeAsync(Codes.EnterpriseA)).GetProperty("id").GetGuid();

        using var other = await _credit.AsAsync("enterprise.b");
        var problem = await Problem.AssertAsync(
            await other.PostAsJsonAsync($"/listings/{id}/objections", new { grounds = "代为异议" }), HttpStatusCode.Forbidden);
        Assert.Equal("enterprise-scope", problem.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, (await _credit.GetListingAsync(id)).GetProperty("objection").ValueKind);
    }

    [Fact]
    public async Task A_write_is_audited_with_its_actor_and_trace_id_in_the_same_commit()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        var id = (await _credit.IssueNoticeAsync(Codes.EnterpriseA)).GetProperty("id").GetString();

        using var auditor = await _credit.AsAsync("auditor");
        var page = await auditor.GetFromJsonAsync<JsonElement>($"/audit/records?resourceType=listing&resourceId={id}");
        var record = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("credit.listing.notice", record.GetProperty("operation").GetString());
        Assert.Equal("credit.clerk", record.GetProperty("personId").GetString());
        Assert.Equal("credit", record.GetProperty("bureau").GetString());
        Assert.Matches("^[0-9a-f]{32}$", record.GetProperty("traceId").GetString());
        Assert.Equal("succeeded", record.GetProperty("outcome").GetString());
    }
}
