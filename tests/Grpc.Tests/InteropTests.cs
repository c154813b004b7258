using System.Diagnostics;
using System.Text.Json;
using LandPlatform.Grpc.Tests.TestServer;

namespace LandPlatform.Grpc.Tests;

/// <summary>
/// Python's grpcio (Debian python3-grpcio), an implementation nobody here wrote, calls the real
/// Kestrel server through tests/interop/grpc_probe.py. Missing grpcio fails, never skips.
/// </summary>
[Collection(GrpcServerCollection.Name)]
public sealed class InteropTests(GrpcTestServer server)
{
    // pyenv's python3 on PATH lacks grpc; Debian's interpreter has python3-grpcio.
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task GrpcioHealthCheckSeesServing()
    {
        var result = await ProbeAsync("health");

        Assert.Equal("OK", result.GetProperty("code").GetString());
        Assert.Equal("SERVING", result.GetProperty("response").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GrpcioDecodesCreditCheckData()
    {
        var result = await ProbeAsync("credit", "--uscc", CreditHandlers.ListedUscc);

        Assert.Equal("OK", result.GetProperty("code").GetString());
        var response = result.GetProperty("response");
        Assert.Equal(CreditHandlers.ListedUscc, response.GetProperty("uscc").GetString());
        Assert.True(response.GetProperty("blacklisted").GetBoolean());
        var listing = response.GetProperty("listings")[0];
        Assert.Equal(CreditHandlers.ListingReason, listing.GetProperty("reason").GetString());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), listing.GetProperty("listed_at").GetProperty("seconds").GetInt64());
    }

    [Fact]
    public async Task GrpcioSeesNotFoundWithTheChineseDetail()
    {
        var result = await ProbeAsync("credit", "--uscc", "91000000000000000X");

        Assert.Equal("NOT_FOUND", result.GetProperty("code").GetString());
        Assert.Equal(CreditHandlers.NotFoundDetail("91000000000000000X"), result.GetProperty("details").GetString());
    }

    [Fact]
    public async Task GrpcioSeesUnimplementedForAnUnknownMethod()
    {
        var result = await ProbeAsync("call", "--path", "/landplatform.credit.v1.CreditCheck/Nope");

        Assert.Equal("UNIMPLEMENTED", result.GetProperty("code").GetString());
    }

    [Fact]
    public async Task GrpcioDeadlineIsEnforcedByTheServer()
    {
        var result = await ProbeAsync("--timeout", "0.2", "call", "--path", "/" + ProbeService.Name + "/WaitForCancel", "--uscc", Guid.NewGuid().ToString());

        Assert.Equal("DEADLINE_EXCEEDED", result.GetProperty("code").GetString());
    }

    private async Task<JsonElement> ProbeAsync(params string[] command)
    {
        await RequireGrpcioAsync();
        var target = $"{server.GrpcAddress.Host}:{server.GrpcAddress.Port}";
        var (exitCode, stdout, stderr) = await RunAsync([ScriptPath, "--target", target, .. command]);
        Assert.True(exitCode == 0, $"grpc_probe.py exited {exitCode}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static async Task RequireGrpcioAsync()
    {
        Assert.True(File.Exists(Python), $"{Python} not found: install Debian's python3 and python3-grpcio (apt-get install -y python3-grpcio).");
        var (exitCode, _, stderr) = await RunAsync(["-c", "import grpc"]);
        Assert.True(exitCode == 0, $"{Python} cannot import grpc: install python3-grpcio (apt-get install -y python3-grpcio). {stderr}");
    }

    private static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "interop", "grpc_probe.py");

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] arguments)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // grpcio must not route loopback calls through a proxy from the environment.
        start.Environment["no_proxy"] = "127.0.0.1,localhost";
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
