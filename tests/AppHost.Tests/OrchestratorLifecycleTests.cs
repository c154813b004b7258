using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using LandPlatform.AppHost.Hosting;
using LandPlatform.AppHost.Hosting.Processes;
using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Tests;

/// <summary>The orchestrator in-process, over a real private RabbitMQ node and real Kestrel children.</summary>
[Collection(ProcessTestCollection.Name)]
public sealed class OrchestratorLifecycleTests
{
    private const string TestService = "tests/AppHost.TestService";

    [Fact]
    public async Task Starts_health_gated_restarts_a_crashed_project_and_stops_every_process_gracefully()
    {
        var options = TestOptions.Create();
        var builder = DistributedApplication.CreateBuilder(options);
        var bus = builder.AddRabbitMQ("bus");
        var alpha = builder.AddProject("alpha", TestService)
            .WithReference(bus).WaitFor(bus)
            .WithEnvironment("TEST_HEALTH_DELAY_MS", "1500");
        var beta = builder.AddProject("beta", TestService)
            .WithReference(bus).WithReference(alpha).WaitFor(alpha);
        await using var app = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        await app.StartAsync(timeout.Token);

        // Health-gated: nobody starts before what it waits for is healthy.
        var (busState, alphaState, betaState) = (app.GetResource("bus"), app.GetResource("alpha"), app.GetResource("beta"));
        Assert.All([busState, alphaState, betaState], s => Assert.Equal(ResourceState.Healthy, s.State));
        Assert.True(alphaState.StartedAt >= busState.FirstHealthyAt, "alpha started before the broker was healthy");
        Assert.True(betaState.StartedAt >= alphaState.FirstHealthyAt, "beta started before alpha was healthy");
        Assert.True(betaState.StartedAt - alphaState.StartedAt >= TimeSpan.FromMilliseconds(1500), "beta did not wait for alpha's /health");

        // The child really received Aspire's keys, and the endpoints behave as declared.
        var betaHttp = Url(beta, "http");
        Assert.Equal(Url(alpha, "http"), await http.GetFromJsonAsync<string>($"{betaHttp}/env/services__alpha__http__0", timeout.Token));
        Assert.Equal(Url(alpha, "grpc"), await http.GetFromJsonAsync<string>($"{betaHttp}/env/services__alpha__grpc__0", timeout.Token));
        Assert.Equal(bus.Resource.ConnectionString, await http.GetFromJsonAsync<string>($"{betaHttp}/env/ConnectionStrings__bus", timeout.Token));
        await AssertSpeaksOnlyHttp2Async(Url(alpha, "grpc"), timeout.Token);
        await AssertSpeaksAmqpAsync(bus.Resource.AmqpPort, timeout.Token);

        // Crash → restarted with backoff, healthy again under a new PID.
        var crashedPid = alphaState.ProcessId!.Value;
        using (await http.PostAsync(new Uri($"{Url(alpha, "http")}/crash"), null, timeout.Token))
        {
        }

        await Eventually.TrueAsync(
            () => app.GetResource("alpha") is { State: ResourceState.Healthy, Restarts: 1, ProcessId: { } pid } && pid != crashedPid,
            TimeSpan.FromSeconds(30), "alpha restarted and healthy");
        Assert.False(ProcessSignals.IsAlive(crashedPid));
        Assert.Equal(3, app.GetResource("alpha").LastExitCode);

        // Stop: every PID gone, including the broker's Erlang VM that su started in its own session.
        var pids = app.GetResources().Select(r => r.ProcessId!.Value).ToList();
        var nodeProcesses = ProcessTable.FindByEnvironment("RABBITMQ_NODENAME", bus.Resource.NodeName);
        Assert.NotEmpty(nodeProcesses);

        await app.StopAsync(timeout.Token);

        Assert.All(pids.Concat(nodeProcesses), pid => Assert.False(ProcessSignals.IsAlive(pid), $"pid {pid} outlived the AppHost"));
        Assert.Empty(ProcessTable.FindByEnvironment("RABBITMQ_NODENAME", bus.Resource.NodeName));
        Assert.All(app.GetResources(), r => Assert.Equal(ResourceState.Stopped, r.State));
        // 0, not 143/137: SIGTERM reached ASP.NET Core, which shut down gracefully.
        Assert.Equal(0, app.GetResource("alpha").LastExitCode);
        Assert.Equal(0, app.GetResource("beta").LastExitCode);
        Directory.Delete(options.DataDirectory, recursive: true);
    }

    [Fact]
    public async Task A_project_that_never_becomes_healthy_fails_start_up_and_its_dependents_never_start()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        var alpha = builder.AddProject("alpha", TestService).WithEnvironment("TEST_HEALTH_DELAY_MS", "600000");
        alpha.Resource.StartupTimeout = TimeSpan.FromSeconds(2);
        builder.AddProject("beta", TestService).WithReference(alpha).WaitFor(alpha);
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
        var alphaStarted = app.GetResource("alpha").StartedAt;
        await app.StopAsync();

        Assert.Contains("not healthy within 2 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(ResourceState.Failed, app.GetResource("alpha").State);
        var beta = app.GetResource("beta");
        Assert.Equal(ResourceState.Failed, beta.State);
        Assert.Equal("not started: alpha failed", beta.FailureReason);
        Assert.Null(beta.StartedAt);
        Assert.NotNull(alphaStarted);
        Assert.Null(app.GetResource("alpha").ProcessId);
    }

    [Fact]
    public async Task A_process_that_keeps_crashing_is_restarted_with_backoff_up_to_the_limit_then_failed()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        builder.AddExecutable("flaky", "sh", ".", "-c", "sleep 0.2; exit 7")
            .WithRestartPolicy(new RestartPolicy(2, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)));
        await using var app = builder.Build();

        await app.StartAsync();
        await Eventually.TrueAsync(() => app.GetResource("flaky").State == ResourceState.Failed, TimeSpan.FromSeconds(10), "flaky failed");
        await app.StopAsync();

        var flaky = app.GetResource("flaky");
        Assert.Equal(2, flaky.Restarts);
        Assert.Equal(7, flaky.LastExitCode);
        Assert.Equal("exited with code 7 after 2 restart(s)", flaky.FailureReason);
    }

    private static string Url(IResourceBuilder<ExecutableResource> resource, string endpoint) =>
        resource.Resource.Endpoints.Single(e => e.Name == endpoint).Url;

    private static async Task AssertSpeaksOnlyHttp2Async(string url, CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        using var h2 = new HttpRequestMessage(HttpMethod.Get, $"{url}/health") { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        using var h2Response = await client.SendAsync(h2, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, h2Response.StatusCode);
        // Kestrel's answer to HTTP/1.1 on an HTTP/2-only endpoint ("An HTTP/1.x request was sent to an HTTP/2 only endpoint").
        using var h1Response = await client.GetAsync(new Uri($"{url}/health"), cancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, h1Response.StatusCode);
    }

    /// <summary>The AMQP 0-9-1 handshake: the broker answers the protocol header with a Connection.Start method frame.</summary>
    private static async Task AssertSpeaksAmqpAsync(int port, CancellationToken cancellationToken)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        var stream = tcp.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), cancellationToken);
        var frame = new byte[11];
        await stream.ReadExactlyAsync(frame, cancellationToken);
        Assert.Equal(1, frame[0]); // method frame
        Assert.Equal([0, 10, 0, 10], frame[7..11]); // class 10 (connection), method 10 (start)
    }
}
