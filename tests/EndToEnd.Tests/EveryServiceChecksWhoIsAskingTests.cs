using System.Net;
using System.Net.Http.Headers;
using LandPlatform.Testing;

namespace LandPlatform.EndToEnd.Tests;

/// <summary>
/// Authorization lives in each service, not only at the gateway: the same answers come back whether a
/// request arrives through the gateway or straight at the service's own port (issue 3).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EveryServiceChecksWhoIsAskingTests(RunningPlatform platform)
{
    public static TheoryData<string> Services => new() { "admission", "pricing", "contracts", "monitoring", "credit" };

    [Theory]
    [MemberData(nameof(Services))]
    public async Task TheAuditTrailIsClosedToAnonymousCallersAndStaffAndOpenToAuditors(string service)
    {
        foreach (var (client, path) in Routes(service))
        {
            using var anonymous = await Send(client, path, token: null);
            using var clerk = await Send(client, path, await Token("development.clerk"));
            using var auditor = await Send(client, path, await Token("auditor"));

            await ProblemAssert.IsProblem(anonymous, HttpStatusCode.Unauthorized);
            var denied = await ProblemAssert.IsProblem(clerk, HttpStatusCode.Forbidden);
            Assert.Contains("audit.read", denied.GetRawText(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, auditor.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task EachServicesAuditChainVerifies(string service)
    {
        using var auditor = await platform.ClientFor("auditor");

        var verification = await auditor.GetStringAsync($"/api/{service}/audit/verification");

        Assert.Contains("\"valid\":true", verification, StringComparison.Ordinal);
    }

    private (Uri Base, string Path)[] Routes(string service) =>
    [
        (platform.Gateway, $"/api/{service}/audit/records"),
        (platform.Url(service), "/audit/records"),
    ];

    private async Task<string> Token(string user)
    {
        using var client = await platform.ClientFor(user);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    private static async Task<HttpResponseMessage> Send(Uri baseAddress, string path, string? token)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
