extern alias admission;
extern alias contracts;
extern alias credit;
extern alias monitoring;
extern alias pricing;
extern alias reporting;

using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.BadInput.Tests.Drill;
using LandPlatform.BadInput.Tests.Grpc;
using LandPlatform.BadInput.Tests.Services;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Xunit.Abstractions;

namespace LandPlatform.BadInput.Tests;

/// <summary>
/// The standing bad-input drill (issue 16). For each service, every write endpoint its EndpointDataSource maps
/// gets a few hundred malformed bodies with a token of the owning bureau, and every gRPC method malformed
/// frames with and without a token. Every answer is a 4xx problem (a proper gRPC status), no connection is
/// dropped, and the service's data is as it was: the same row count in every table, the audit trail grown only
/// by records of rejected requests, its chain still verifying. An endpoint added later is drilled without
/// editing this test.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class BadInputDrillTests(RabbitMqNode bus, IssuerFixture issuer, ITestOutputHelper output)
{
    /// <summary>Bodies per endpoint (BADINPUT_BODIES overrides); the fixed cases come first, then seeded random ones.</summary>
    private static readonly int BodiesPerEndpoint =
        int.TryParse(Environment.GetEnvironmentVariable("BADINPUT_BODIES"), out var n) && n > 0 ? n : 100;

    private static readonly string[] ServiceNames = ["admission", "pricing", "contracts", "monitoring", "credit", "reporting"];

    public static TheoryData<string> Services => new(ServiceNames);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task MalformedInputIsRefusedWithAProblemAndChangesNothing(string service)
    {
        await using var drilled = await StartAsync(service);
        var tokens = new BureauTokens(issuer);
        var endpoints = WriteEndpoint.Discover(drilled.Endpoints);
        Assert.NotEmpty(endpoints);
        var before = await StoredData.ReadAsync(drilled.DatabaseFile);

        var rest = new DrillOutcome();
        await new BodyDrill(drilled.HttpAddress, string.Empty, DrilledService.MaxRequestBodyBytes, BodiesPerEndpoint)
            .RunAsync(endpoints, tokens.ForAsync, rest);
        output.WriteLine(string.Join('\n', endpoints.Select(e => $"{e.Name} body={e.BodyType?.Name ?? "none"} permissions={string.Join('+', e.Permissions)}")));
        Report(rest.Histogram($"{service} REST"));
        Assert.True(rest.Failures.Count == 0, rest.Histogram($"{service} REST"));
        Assert.Equal(rest.Sent, rest.Count(s => s is >= 400 and < 500));
        await AssertNothingStoredAsync(drilled, tokens, before, rejectedOnly: true);

        // gRPC calls are audited as requests (the HTTP status of a call is 200 whatever its grpc-status), so after
        // them only the tables and the chain are compared.
        var grpc = new DrillOutcome();
        foreach (var method in WriteEndpoint.DiscoverGrpc(drilled.Endpoints))
        {
            await GrpcFrameDrill.RunAsync(drilled.GrpcAddress, method.Pattern.RawText!, await tokens.ForAsync(method), grpc);
            await GrpcFrameDrill.RunAsync(drilled.GrpcAddress, method.Pattern.RawText!, null, grpc);
        }

        Report(grpc.Histogram($"{service} gRPC (grpc-status)"));
        Assert.True(grpc.Failures.Count == 0, grpc.Histogram($"{service} gRPC"));
        await AssertAliveAsync(drilled);
        await AssertNothingStoredAsync(drilled, tokens, before, rejectedOnly: false);
    }

    /// <summary>
    /// The same bodies through the gateway of a running platform (scripts/drill-bad-input.sh): endpoints from the
    /// services' own data sources (each started here only to list them), tokens from the platform's issuer. The
    /// gateway's rate limit answers 429 problems once a user's writes exceed it; the script started platform gets
    /// a limit that fits the drill. Every answer is still a 4xx problem, and every audit chain still verifies.
    /// </summary>
    [RunningPlatformFact]
    public async Task MalformedInputThroughTheGatewayGetsOnlyProblems()
    {
        var gateway = RunningPlatform.Gateway!;
        var tokens = new BureauTokens(RunningPlatform.PersonTokenAsync, _ => Task.FromResult<string?>(null));
        var outcome = new DrillOutcome();
        foreach (var service in ServiceNames)
        {
            IReadOnlyList<WriteEndpoint> endpoints;
            await using (var drilled = await StartAsync(service))
            {
                endpoints = WriteEndpoint.Discover(drilled.Endpoints);
            }

            await new BodyDrill(gateway, $"/api/{service}", RunningPlatform.MaxRequestBodyBytes, BodiesPerEndpoint).RunAsync(endpoints, tokens.ForAsync, outcome);
            using var auditor = new HttpClient { BaseAddress = gateway };
            auditor.DefaultRequestHeaders.Authorization = new("Bearer", await tokens.PersonAsync("auditor"));
            var verification = await auditor.GetFromJsonAsync<JsonElement>(new Uri($"/api/{service}/audit/verification", UriKind.Relative));
            if (!verification.GetProperty("valid").GetBoolean())
            {
                outcome.Fail($"{service}'s audit chain does not verify after the drill: {verification}");
            }
        }

        var histogram = outcome.Histogram($"through the gateway {gateway}");
        Report(histogram);
        Assert.True(outcome.Failures.Count == 0, histogram);
    }

    private Task<DrilledService> StartAsync(string service) => service switch
    {
        "admission" => DrilledService.StartAsync<admission::Program>(service, issuer, bus),
        "pricing" => DrilledService.StartAsync<pricing::Program>(service, issuer, bus),
        "contracts" => DrilledService.StartAsync<contracts::Program>(service, issuer, bus),
        // Its supervision job produces the due document of each kind at start-up (then hourly): the drill waits for them.
        "monitoring" => DrilledService.StartAsync<monitoring::Program>(service, issuer, bus, data =>
            data.RowCounts.GetValueOrDefault("supervision_documents") >= Enum.GetValues<monitoring::LandPlatform.Monitoring.Domain.Supervision.SupervisionKind>().Length),
        "credit" => DrilledService.StartAsync<credit::Program>(service, issuer, bus),
        // Reporting refuses to start without a province to report to; the drill sends it nothing to deliver.
        "reporting" => DrilledService.StartAsync<reporting::Program>(service, issuer, bus, configuration: new Dictionary<string, string?>
        {
            ["Reporting:Provincial:Endpoint"] = "http://127.0.0.1:9/",
            ["Reporting:Provincial:DistrictCode"] = "330106",
            ["Reporting:Provincial:DistrictName"] = "西湖区",
            ["Reporting:Provincial:HmacSecret"] = "drill-secret",
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a platform service"),
    };

    private static async Task AssertAliveAsync(DrilledService drilled)
    {
        using var http = new HttpClient { BaseAddress = drilled.HttpAddress };
        // Liveness, not readiness: admission is ready only once credit answers, and the drill runs it without one.
        using var alive = await http.GetAsync(new Uri("/alive", UriKind.Relative));
        Assert.True(alive.IsSuccessStatusCode, $"{drilled.Name} /alive answers {(int)alive.StatusCode} after the drill");
        if (WriteEndpoint.DiscoverGrpc(drilled.Endpoints).Count > 0)
        {
            using var grpc = GrpcFrameDrill.Http2Client(drilled.GrpcAddress);
            var (status, failure) = await GrpcFrameDrill.SendAsync(grpc, "/grpc.health.v1.Health/Check", new GrpcFrame("empty HealthCheckRequest", GrpcFrame.Frame([]), MustFail: false), null);
            Assert.True(status == 0 && failure is null, $"{drilled.Name} grpc health after the drill: {status} {failure}");
        }
    }

    private void Report(string histogram)
    {
        output.WriteLine(histogram);
        DrillReport.Append(histogram);
    }

    private static async Task AssertNothingStoredAsync(DrilledService drilled, BureauTokens tokens, StoredData before, bool rejectedOnly)
    {
        var after = await StoredData.ReadAsync(drilled.DatabaseFile);
        Assert.Empty(after.ChangedSince(before));
        var outcomes = await StoredData.AuditOutcomesAfterAsync(drilled.DatabaseFile, before.LastAuditSequence);
        Assert.All(rejectedOnly ? outcomes.Keys : [], outcome => Assert.True(
            outcome.StartsWith("rejected:4", StringComparison.Ordinal) || outcome.StartsWith("denied:", StringComparison.Ordinal),
            $"{drilled.Name} recorded '{outcome}' for a malformed request ({string.Join(", ", outcomes.Select(o => $"{o.Key}×{o.Value}"))})"));

        using var auditor = new HttpClient { BaseAddress = drilled.HttpAddress };
        auditor.DefaultRequestHeaders.Authorization = new("Bearer", await tokens.PersonAsync("auditor"));
        var verification = await auditor.GetFromJsonAsync<JsonElement>(new Uri("/audit/verification", UriKind.Relative));
        Assert.True(verification.GetProperty("valid").GetBoolean(), $"{drilled.Name}'s audit chain after the drill: {verification}");
    }
}
