using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>
/// Python's grpcio (Debian python3-grpcio), an implementation nobody here wrote, calls
/// landplatform.credit.v1.CreditCheck/Check with admission's service token, as admission does, and
/// grpc.health.v1.Health/Check without one, as Kubernetes' gRPC probe does.
/// </summary>
[Collection(CreditServiceCollection.Name)]
public sealed class CheckInteropTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    // pyenv's python3 on PATH lacks grpc; Debian's interpreter has python3-grpcio.
    private const string Python = "/usr/bin/python3";

    private CreditService _credit = null!;

    public Task InitializeAsync()
    {
        _credit = new CreditService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _credit.DisposeAsync();

    [Fact]
    public async Task Check_answers_status_listings_and_related_subject_hits()
    {
        // The barred company and a new one with the same legal representative.
        var barred = Codes.Fresh();
        var newcomer = Codes.Fresh();
        var person = new { name = "李四", idNumber = "11010119800101123X" };
        await _credit.RegisterAsync(barred, "被列入示范有限公司", legalRepresentative: person);
        await _credit.RegisterAsync(newcomer, "新设示范有限公司", legalRepresentative: person);
        var notice = await _credit.IssueNoticeAsync(barred);
        _credit.MovePastObjectionPeriod(notice);
        await CreditService.EventuallyAsync(
            () => _credit.GetListingAsync(notice.GetProperty("id").GetGuid()), l => l.GetProperty("status").GetString() == "Effective", "effective");
        var token = await issuer.ServiceTokenAsync("admission");

        var listed = await ProbeAsync(token, barred);
        Assert.Equal("OK", listed.GetProperty("code").GetString());
        var response = listed.GetProperty("response");
        Assert.True(response.GetProperty("blacklisted").GetBoolean());
        Assert.Equal("LISTED", response.GetProperty("status").GetString());
        var listing = Assert.Single(response.GetProperty("listings").EnumerateArray());
        Assert.Equal("BreachOfContract", listing.GetProperty("reason").GetString());
        Assert.Equal("石政地〔2025〕12号", listing.GetProperty("document").GetProperty("number").GetString());
        Assert.Equal(notice.GetProperty("objectionPeriodEndsAt").GetDateTimeOffset().ToUnixTimeSeconds(), listing.GetProperty("listed_at").GetProperty("seconds").GetInt64());

        var related = (await ProbeAsync(token, newcomer)).GetProperty("response");
        Assert.False(related.GetProperty("blacklisted").GetBoolean());
        Assert.Equal("CLEAR", related.GetProperty("status").GetString());
        var hit = Assert.Single(related.GetProperty("related_subject_hits").EnumerateArray());
        Assert.Equal(barred, hit.GetProperty("related_uscc").GetString());
        Assert.Equal("SAME_LEGAL_REPRESENTATIVE", hit.GetProperty("relation").GetString());
        Assert.DoesNotContain("11010119800101123X", related.GetRawText());
    }

    [Fact]
    public async Task Check_refuses_a_bad_code_and_a_caller_without_the_service_identity()
    {
        var token = await issuer.ServiceTokenAsync("admission");
        Assert.Equal("INVALID_ARGUMENT", (await ProbeAsync(token, "not-a-code")).GetProperty("code").GetString());
        // The status message travels percent-encoded UTF-8 (grpc-message); grpcio must decode the Chinese back.
        var chinese = await ProbeAsync(token, "统" + new string('1', 17));
        Assert.Equal("INVALID_ARGUMENT", chinese.GetProperty("code").GetString());
        Assert.Equal(
            "uscc character 1 ('统') is not allowed: only digits and capital letters other than I, O, Z, S and V (GB 32100-2015)",
            chinese.GetProperty("details").GetString());
        Assert.Equal("UNAUTHENTICATED", (await ProbeAsync(null, Codes.EnterpriseA)).GetProperty("code").GetString());
        var clerk = await issuer.PersonTokenAsync("credit.clerk");
        Assert.Equal("PERMISSION_DENIED", (await ProbeAsync(clerk, Codes.EnterpriseA)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Health_answers_serving_without_a_token()
    {
        var health = await RunProbeAsync(null, "health");

        Assert.Equal("OK", health.GetProperty("code").GetString());
        Assert.Equal("SERVING", health.GetProperty("response").GetProperty("status").GetString());
    }

    private Task<JsonElement> ProbeAsync(string? token, string uscc) => RunProbeAsync(token, "credit", "--uscc", uscc);

    private async Task<JsonElement> RunProbeAsync(string? token, params string[] command)
    {
        Assert.True(File.Exists(Python), $"{Python} not found: install Debian's python3 and python3-grpcio.");
        _credit.Host.Client().Dispose(); // starts the server
        string[] args = [Path.Combine(AppContext.BaseDirectory, "interop", "grpc_probe.py"), "--target", $"127.0.0.1:{_credit.Host.GrpcPort}"];
        if (token is not null)
        {
            args = [.. args, "--token", token];
        }

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in (string[])[.. args, .. command])
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
