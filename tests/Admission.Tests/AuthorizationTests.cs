using System.Net;
using System.Net.Http.Json;
using LandPlatform.Admission.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Admission.Tests;

/// <summary>Admission checks who may do what itself, not only at the gateway (issue 3).</summary>
[Collection(AdmissionCollection.Name)]
public sealed class AuthorizationTests(RabbitMqNode bus, IssuerFixture issuer) : AdmissionScenario(bus, issuer)
{
    [Fact]
    public async Task WithoutATokenNothingIsSubmitted()
    {
        using var anonymous = Admission.Client();

        using var response = await anonymous.PostAsJsonAsync("/applications", Application(EnterpriseA));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal((0, 0), await StoredRows());
    }

    [Fact]
    public async Task AnotherBureauCannotSubmitAndIsToldWhichPermissionIsMissing()
    {
        using var planning = await ClientFor("planning.clerk");

        using var response = await planning.PostAsJsonAsync("/applications", Application(EnterpriseA));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Contains("admission.applications.submit", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal((0, 0), await StoredRows());
    }

    [Fact]
    public async Task AnEnterpriseCannotApplyInAnotherEnterprisesName()
    {
        using var enterpriseB = await ClientFor("enterprise.b");

        using var response = await enterpriseB.PostAsJsonAsync("/applications", Application(EnterpriseA));

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
        Assert.Equal((0, 0), await StoredRows());
    }

    [Fact]
    public async Task AnEnterpriseCannotReadAnotherEnterprisesApplication()
    {
        using var enterpriseA = await ClientFor("enterprise.a");
        using var created = await enterpriseA.PostAsJsonAsync("/applications", Application(EnterpriseA));
        var id = (await Json(created)).GetProperty("id").GetGuid();
        using var enterpriseB = await ClientFor("enterprise.b");

        using var response = await enterpriseB.GetAsync($"/applications/{id}");

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnAuditorReadsButCannotWrite()
    {
        using var enterpriseA = await ClientFor("enterprise.a");
        using var created = await enterpriseA.PostAsJsonAsync("/applications", Application(EnterpriseA));
        var id = (await Json(created)).GetProperty("id").GetGuid();
        using var auditor = await ClientFor("auditor");

        using var read = await auditor.GetAsync($"/applications/{id}");
        using var write = await auditor.PostAsJsonAsync("/applications", Application(EnterpriseA));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await ProblemAssert.IsProblem(write, HttpStatusCode.Forbidden);
        Assert.Equal((1, 1), await StoredRows());
    }

    [Fact]
    public async Task EveryWriteIsAuditedWithTheActorAndTheTraceId()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var enterpriseA = await ClientFor("enterprise.a");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/applications") { Content = JsonContent.Create(Application(EnterpriseA)) };
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        using var created = await enterpriseA.SendAsync(request);
        var id = (await Json(created)).GetProperty("id").GetGuid().ToString();
        using var auditor = await ClientFor("auditor");

        using var records = await auditor.GetAsync($"/audit/records?resourceId={id}");
        using var verification = await auditor.GetAsync("/audit/verification");

        var record = Assert.Single((await Json(records)).GetProperty("items").EnumerateArray());
        Assert.Equal("admission.application.submit", record.GetProperty("operation").GetString());
        Assert.Equal("enterprise.a", record.GetProperty("personId").GetString());
        Assert.Equal(EnterpriseA, record.GetProperty("uscc").GetString());
        Assert.Equal(traceId, record.GetProperty("traceId").GetString());
        Assert.Equal("succeeded", record.GetProperty("outcome").GetString());
        Assert.True((await Json(verification)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task OnlyAuditorsReadTheAuditTrail()
    {
        using var clerk = await ClientFor("development.clerk");

        using var response = await clerk.GetAsync("/audit/records");

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }
}
