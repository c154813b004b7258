using System.Net;
using System.Net.Http.Json;
using LandPlatform.Admission.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Admission.Tests;

[Collection(AdmissionCollection.Name)]
public sealed class SubmittingApplicationsTests(RabbitMqNode bus, IssuerFixture issuer) : AdmissionScenario(bus, issuer)
{
    [Fact]
    public async Task AClearEnterpriseIsSubmittedStoredAndAnnouncedOnTheBus()
    {
        using var enterprise = await ClientFor("enterprise.a");

        using var response = await enterprise.PostAsJsonAsync("/applications", Application(EnterpriseA));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Json(response);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Submitted", created.GetProperty("status").GetString());
        Assert.Equal($"/applications/{id}", response.Headers.Location?.ToString());

        using var read = await enterprise.GetAsync($"/applications/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(EnterpriseA, (await Json(read)).GetProperty("uscc").GetString());

        var published = await Events.NextAsync<ApplicationSubmitted>(e => e.ApplicationId == id);
        Assert.Equal("Submitted", published.Message.Status);
        Assert.Equal(10000m, published.Message.RequestedLandAreaM2);
        Assert.Equal(published.Message.EventId, published.MessageId);
    }

    [Fact]
    public async Task ABlacklistedEnterpriseIsRefusedQuotingTheListing()
    {
        Credit.List(EnterpriseB, "未按合同约定开工建设", new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        using var clerk = await ClientFor("development.clerk");

        using var response = await clerk.PostAsJsonAsync("/applications", Application(EnterpriseB, "北京示范科技有限公司"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var refused = await Json(response);
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        var reason = refused.GetProperty("refusalReason").GetString()!;
        Assert.Contains("未按合同约定开工建设", reason, StringComparison.Ordinal);
        Assert.Contains("2025-03-01", reason, StringComparison.Ordinal);

        var published = await Events.NextAsync<ApplicationSubmitted>(e => e.ApplicationId == refused.GetProperty("id").GetGuid());
        Assert.Equal("Refused", published.Message.Status);
    }

    [Fact]
    public async Task AnEnterpriseSharingALegalRepresentativeWithAListedOneIsRefused()
    {
        Credit.ListRelated(EnterpriseA, EnterpriseB, "BreachOfContract");
        using var enterprise = await ClientFor("enterprise.a");

        using var response = await enterprise.PostAsJsonAsync("/applications", Application(EnterpriseA));

        var refused = await Json(response);
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Contains($"same legal representative, {EnterpriseB}", refused.GetProperty("refusalReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCreditOfficeIsAskedAsTheAdmissionService()
    {
        using var enterprise = await ClientFor("enterprise.a");

        using var response = await enterprise.PostAsJsonAsync("/applications", Application(EnterpriseA));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var header = Assert.Single(Credit.CallerTokens);
        Assert.StartsWith("Bearer ", header, StringComparison.Ordinal);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(header!["Bearer ".Length..]);
        Assert.Equal("admission", token.GetClaim("service").Value);
    }

    [Fact]
    public async Task WhenTheCreditOfficeIsUnreachableNothingIsStoredAndTheClerkIsTold()
    {
        await Credit.StopAsync();
        using var enterprise = await ClientFor("enterprise.a");

        using var response = await enterprise.PostAsJsonAsync("/applications", Application(EnterpriseA));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("credit office", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((0, 0), await StoredRows());
    }

    [Fact]
    public async Task WhenTheCreditOfficeIsTooSlowTheCallIsAbandonedAtItsDeadlineAndNothingIsStored()
    {
        Credit.Delay = TimeSpan.FromSeconds(30);
        using var enterprise = await ClientFor("enterprise.a");
        var started = System.Diagnostics.Stopwatch.StartNew();

        using var response = await enterprise.PostAsJsonAsync("/applications", Application(EnterpriseA));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("credit office", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        // Admission's 5 s deadline ended the call, not the stand-in's 30 s delay; the deadline travelled
        // as grpc-timeout, so the credit side saw the call cancelled too.
        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(15));
        await Credit.CallAbandoned.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Single(Credit.CallerTokens);
        Assert.Equal((0, 0), await StoredRows());
    }

    [Fact]
    public async Task AnUnknownApplicationIsNotFound()
    {
        using var clerk = await ClientFor("development.clerk");

        using var response = await clerk.GetAsync($"/applications/{Guid.NewGuid()}");

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }
}
