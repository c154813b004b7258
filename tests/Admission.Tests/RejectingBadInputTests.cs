using System.Net;
using System.Net.Http.Json;
using System.Text;
using LandPlatform.Admission.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Admission.Tests;

[Collection(AdmissionCollection.Name)]
public sealed class RejectingBadInputTests(RabbitMqNode bus, IssuerFixture issuer) : AdmissionScenario(bus, issuer)
{
    [Theory]
    [InlineData("9135010OM000100Y43", "not allowed")] // letter O is excluded from the code alphabet
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000100Y44", "check digit")]
    [InlineData("913501A0M000100Y43", "administrative division")]
    public async Task AMalformedOrMistypedCodeIsRefusedNamingTheField(string uscc, string reason)
    {
        using var clerk = await ClientFor("development.clerk");

        using var response = await clerk.PostAsJsonAsync("/applications", Application(uscc));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("uscc").EnumerateArray()).GetString();
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await StoredRows());
        Assert.Empty(Credit.CallerTokens);
    }

    [Fact]
    public async Task MissingFieldsAreAllNamedAtOnce()
    {
        using var clerk = await ClientFor("development.clerk");

        using var response = await clerk.PostAsJsonAsync("/applications", new { uscc = EnterpriseA });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(["enterpriseName", "industry", "policyPackId", "requestedLandAreaM2"], fields);
        Assert.Equal((0, 0), await StoredRows());
    }

    [Fact]
    public async Task ANonPositiveAreaIsRefused()
    {
        using var clerk = await ClientFor("development.clerk");
        var body = new { enterpriseName = "甲", uscc = EnterpriseA, industry = "x", requestedLandAreaM2 = -5, policyPackId = "p" };

        using var response = await clerk.PostAsJsonAsync("/applications", body);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("requestedLandAreaM2", out _));
    }

    [Fact]
    public async Task MalformedJsonIsAProblemNotACrash()
    {
        using var clerk = await ClientFor("development.clerk");

        using var response = await clerk.PostAsync("/applications", new StringContent("{\"uscc\": ", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal((0, 0), await StoredRows());
    }
}
