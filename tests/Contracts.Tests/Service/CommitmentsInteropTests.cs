using System.Diagnostics;
using System.Text.Json;
using LandPlatform.Contracts.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Contracts.Tests.Service;

/// <summary>
/// Python's grpcio (Debian python3-grpcio), an implementation nobody here wrote, calls
/// landplatform.contracts.v1.ContractCommitments/GetCommitments with monitoring's service token, as monitoring does.
/// </summary>
[Collection(ContractsServiceCollection.Name)]
public sealed class CommitmentsInteropTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    // pyenv's python3 on PATH lacks grpc; Debian's interpreter has python3-grpcio.
    private const string Python = "/usr/bin/python3";

    private ContractsService _service = null!;

    public async Task InitializeAsync() => _service = await ContractsService.StartAsync(rabbit, issuer);

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task GetCommitmentsAnswersTheIndicatorsAreasDatesAndState()
    {
        var id = await _service.DeliveredGrantAsync(12_345_678.9m);
        var token = await issuer.ServiceTokenAsync("monitoring");

        var answer = await ProbeAsync(token, id.ToString());

        Assert.Equal("OK", answer.GetProperty("code").GetString());
        var commitments = answer.GetProperty("response");
        Assert.Equal(ContractsService.Winner, commitments.GetProperty("uscc").GetString());
        Assert.Equal("LandDelivered", commitments.GetProperty("state").GetString());
        Assert.Equal("12345678.9", commitments.GetProperty("transaction_price").GetString());
        Assert.Equal("20000", commitments.GetProperty("land_area_m2").GetString());
        Assert.Equal(_service.Today.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), commitments.GetProperty("agreed_start_by").GetString());
        Assert.Equal("", commitments.GetProperty("started_on").GetString());
        Assert.Equal("Grant", commitments.GetProperty("supply_mode").GetString());
        Assert.Equal(50, commitments.GetProperty("term_years").GetInt32());
        var indicator = Assert.Single(commitments.GetProperty("indicators").EnumerateArray());
        Assert.Equal("tax-per-mu", indicator.GetProperty("code").GetString());
        Assert.Equal("万元/亩", indicator.GetProperty("unit").GetString());
        Assert.Equal("100", indicator.GetProperty("value").GetString());
    }

    [Fact]
    public async Task GetCommitmentsRefusesABadIdAnUnknownContractAndCallersOtherThanMonitoring()
    {
        var token = await issuer.ServiceTokenAsync("monitoring");

        Assert.Equal("INVALID_ARGUMENT", (await ProbeAsync(token, "not-a-guid")).GetProperty("code").GetString());
        Assert.Equal("NOT_FOUND", (await ProbeAsync(token, Guid.NewGuid().ToString())).GetProperty("code").GetString());
        Assert.Equal("UNAUTHENTICATED", (await ProbeAsync(null, Guid.NewGuid().ToString())).GetProperty("code").GetString());
        Assert.Equal("PERMISSION_DENIED", (await ProbeAsync(await issuer.ServiceTokenAsync("admission"), Guid.NewGuid().ToString())).GetProperty("code").GetString());
    }

    private async Task<JsonElement> ProbeAsync(string? token, string contractId)
    {
        Assert.True(File.Exists(Python), $"{Python} not found: install Debian's python3 and python3-grpcio.");
        string[] args = [Path.Combine(AppContext.BaseDirectory, "interop", "grpc_probe.py"), "--target", $"127.0.0.1:{_service.Host.GrpcPort}"];
        if (token is not null)
        {
            args = [.. args, "--token", token];
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in (string[])[.. args, "commitments", "--contract-id", contractId])
        {
            start.ArgumentList.Add(argument);
        }

        // grpcio must not route loopback calls through a proxy from the environment.
        start.Environment["no_proxy"] = "127.0.0.1,localhost";
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"grpc_probe.py exited {process.ExitCode}: {await stderr}");
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }
}
