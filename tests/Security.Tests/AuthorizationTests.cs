using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.DevTokenIssuer.Users;
using LandPlatform.Security.Tests.Infrastructure;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Security.Tests;

/// <summary>A valid user without the right → 403 naming the permission, and no state change.</summary>
[Collection(SecurityCollection.Name)]
public sealed class AuthorizationTests(IssuerFixture issuer) : IAsyncLifetime
{
    private ProtectedApi _api = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _api = await ProtectedApi.StartAsync(issuer.Url);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? token) =>
        await _http.SendAsync(ProblemAssert.Request(method, new Uri(_api.Url, path), token));

    private async Task<HttpResponseMessage> AsPerson(HttpMethod method, string path, string username) =>
        await Send(method, path, await issuer.PersonTokenAsync(username));

    private async Task AssertMissing(HttpResponseMessage response, string permission)
    {
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Equal(permission, problem.GetProperty("missingPermission").GetString());
        Assert.Contains(permission, problem.GetProperty("detail").GetString());
        Assert.Equal(0, _api.Writes);
    }

    [Theory]
    [InlineData("credit.clerk")]
    [InlineData("credit.reviewer")]
    [InlineData("credit.leader")]
    public async Task Credit_staff_may_record_a_listing(string username)
    {
        using var response = await AsPerson(HttpMethod.Post, "/listings", username);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("planning.leader")]
    [InlineData("development.clerk")]
    [InlineData("enterprise.a")]
    public async Task Another_bureau_may_not_record_a_listing(string username)
    {
        using var response = await AsPerson(HttpMethod.Post, "/listings", username);
        await AssertMissing(response, Permissions.CreditListingsWrite);
    }

    [Fact]
    public async Task Right_bureau_wrong_role_is_403_naming_the_permission()
    {
        using var response = await AsPerson(HttpMethod.Post, "/delistings", "credit.clerk");
        await AssertMissing(response, Permissions.CreditDelist);

        using var leader = await AsPerson(HttpMethod.Post, "/delistings", "credit.leader");
        Assert.Equal(HttpStatusCode.OK, leader.StatusCode);
    }

    [Fact]
    public async Task An_enterprise_files_an_objection_for_its_own_code_only()
    {
        using var other = await AsPerson(HttpMethod.Post, $"/objections/{SeededUsers.EnterpriseBUscc}", "enterprise.a");
        var problem = await ProblemAssert.IsProblem(other, HttpStatusCode.Forbidden);
        Assert.Equal("enterprise-scope", problem.GetProperty("reason").GetString());
        Assert.Contains(SeededUsers.EnterpriseBUscc, problem.GetProperty("detail").GetString());
        Assert.Equal(0, _api.Writes);

        // Codes are compared as clerks type them: case and surrounding spaces do not matter.
        using var own = await AsPerson(HttpMethod.Post, $"/objections/{SeededUsers.EnterpriseAUscc.ToLowerInvariant()}", "enterprise.a");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Bureau_staff_cannot_file_an_enterprise_objection()
    {
        using var response = await AsPerson(HttpMethod.Post, $"/objections/{SeededUsers.EnterpriseAUscc}", "credit.leader");
        await AssertMissing(response, Permissions.CreditObjectionsFile);
    }

    [Fact]
    public async Task An_auditor_reads_everything_and_writes_nothing()
    {
        using var read = await AsPerson(HttpMethod.Get, "/listings", "auditor");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var audit = await AsPerson(HttpMethod.Get, "/audit", "auditor");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);

        using var write = await AsPerson(HttpMethod.Post, "/listings", "auditor");
        await AssertMissing(write, Permissions.CreditListingsWrite);
    }

    [Fact]
    public async Task Only_auditors_read_the_audit_trail()
    {
        using var response = await AsPerson(HttpMethod.Get, "/audit", "credit.leader");
        await AssertMissing(response, Permissions.AuditRead);
    }

    [Theory]
    [InlineData(ServiceIdentities.Admission)]
    [InlineData(ServiceIdentities.Contracts)]
    public async Task The_services_that_need_credit_check_may_call_it(string service)
    {
        using var response = await Send(HttpMethod.Post, "/check", await issuer.ServiceTokenAsync(service));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actor = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ServiceIdentities.Subject(service), actor.GetProperty("personId").GetString());
        Assert.Equal(service, actor.GetProperty("service").GetString());
    }

    [Theory]
    [InlineData(ServiceIdentities.Monitoring)]
    [InlineData(ServiceIdentities.Gateway)]
    public async Task A_service_that_does_not_need_credit_check_is_refused(string service)
    {
        using var response = await Send(HttpMethod.Post, "/check", await issuer.ServiceTokenAsync(service));
        await AssertMissing(response, Permissions.CreditCheck);
    }

    [Fact]
    public async Task A_person_cannot_call_a_service_only_permission()
    {
        using var response = await AsPerson(HttpMethod.Post, "/check", "credit.leader");
        await AssertMissing(response, Permissions.CreditCheck);
    }

    [Fact]
    public async Task A_grpc_call_without_the_permission_gets_grpc_permission_denied()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_api.Url, "/landplatform.credit.v1.CreditCheck/Check"))
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.Authorization = new("Bearer", await issuer.ServiceTokenAsync(ServiceIdentities.Monitoring));
        using var response = await _http.SendAsync(request);
        Assert.Equal("7", response.Headers.GetValues("grpc-status").Single());
    }

    [Fact]
    public async Task CurrentActor_is_read_from_the_token()
    {
        using var response = await AsPerson(HttpMethod.Get, "/listings", "planning.reviewer");
        var actor = await response.Content.ReadFromJsonAsync<CurrentActor>();
        Assert.Equal(new CurrentActor("planning.reviewer", actor!.Name, Bureaus.Planning, StaffRoles.Reviewer, null, null), actor);
        Assert.Contains("规划和自然资源分局", actor.Name);
    }
}
