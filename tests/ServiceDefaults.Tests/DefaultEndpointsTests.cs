using System.Net;
using System.Text.Json;
using Grpc.Health.V1;
using Grpc.Net.Client;
using LandPlatform.ServiceDefaults.Tests.Support;
using LandPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>What MapDefaultEndpoints gives a service: liveness, readiness by check, problems, the gRPC probe.</summary>
public sealed class DefaultEndpointsTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private DefaultsApp _app = null!;

    public async Task InitializeAsync() => _app = await DefaultsApp.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(_app.Http, path));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task AliveAnswers200EvenWhenADependencyIsDown()
    {
        _app.LedgerHealthy = false;

        var (status, body) = await GetJsonAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("checks").TryGetProperty("ledger", out _), "liveness does not run readiness checks");
    }

    [Fact]
    public async Task HealthReportsEachCheckByName()
    {
        var (status, body) = await GetJsonAsync("/health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("self").GetProperty("status").GetString());
        Assert.Equal("ledger answers", body.GetProperty("checks").GetProperty("ledger").GetProperty("description").GetString());
    }

    [Fact]
    public void NotReadyProbesAreNotLoggedAsErrorsWhileOtherErrorsAre()
    {
        var logs = _app.App.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(logs.CreateLogger("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService").IsEnabled(LogLevel.Error));
        Assert.True(logs.CreateLogger("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService").IsEnabled(LogLevel.Critical));
        Assert.True(logs.CreateLogger<DefaultEndpointsTests>().IsEnabled(LogLevel.Error));
    }

    [Fact]
    public async Task HealthIs503AndNamesTheUnhealthyCheck()
    {
        _app.LedgerHealthy = false;

        var (status, body) = await GetJsonAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var ledger = body.GetProperty("checks").GetProperty("ledger");
        Assert.Equal("Unhealthy", ledger.GetProperty("status").GetString());
        Assert.Equal("ledger offline", ledger.GetProperty("description").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("self").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ChineseTextIsSentAsUtf8WhileMarkupIsStillEscaped()
    {
        using var response = await _http.GetAsync(new Uri(_app.Http, "/clause"));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Contains("《西湖区创新型产业用地管理实施细则（试行）》第九条", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u7B2C", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cb\\u003E", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DefaultsApp.ClauseWithMarkup, JsonDocument.Parse(raw).RootElement.GetProperty("clause").GetString());
    }

    [Fact]
    public async Task AnUnknownRouteIsA404Problem()
    {
        using var response = await _http.GetAsync(new Uri(_app.Http, "/no/such/route"));

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Matches("^[0-9a-f]{32}$", problem.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task AWrongMethodIsA405Problem()
    {
        using var response = await _http.DeleteAsync(new Uri(_app.Http, "/hello"));

        await ProblemAssert.IsProblem(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task TheGrpcHealthProbeAnswersFromTheSameChecks()
    {
        using var channel = GrpcChannel.ForAddress(_app.Grpc);
        var client = new Grpc.Health.V1.Health.HealthClient(channel);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await client.CheckAsync(new HealthCheckRequest())).Status);

        _app.LedgerHealthy = false;
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await client.CheckAsync(new HealthCheckRequest())).Status);
    }
}
