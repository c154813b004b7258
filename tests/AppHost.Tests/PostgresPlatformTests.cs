using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using LandPlatform.AppHost.PostgreSql;
using LandPlatform.Testing.Platform;
using TempDirectory = LandPlatform.Testing.TempDirectory;

namespace LandPlatform.AppHost.Tests;

/// <summary>
/// The AppHost's <c>--postgres</c> switch end to end: a private cluster of Debian's server, every resource healthy,
/// a quote written through the gateway lands in the pricing database, and nothing of the cluster outlives the run.
/// </summary>
public sealed class PostgresPlatformTests
{
    private static readonly string[] Resources = ["bus", "postgres", "identity", "credit", "admission", "pricing", "contracts", "monitoring", "gateway"];

    [PostgresServerFact]
    public async Task WithPostgresEveryServiceIsHealthyAQuoteLandsInTheClusterAndNoServerOutlivesTheRun()
    {
        using var data = TempDirectory.Create("lp-apphost-pg-");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--http-port", "0", "--data", data.Path, "--postgres"]);
        IReadOnlySet<int> server;
        await using (var app = await builder.BuildAsync())
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
            await app.StartAsync(timeout.Token);
            await Task.WhenAll(Resources.Select(r => app.ResourceNotifications.WaitForResourceHealthyAsync(r, timeout.Token)));

            Assert.True(app.ResourceNotifications.TryGetCurrentState("postgres", out var postgres));
            server = ProcessTree.Of(TestPlatform.Pid(postgres.Snapshot));
            Assert.Contains(server.Select(ProcessTree.Describe), c => c.Contains("/bin/postgres -D " + data.Path, StringComparison.Ordinal));

            using var planning = await ClientForAsync(app, "planning.clerk");
            using var created = await planning.PostAsJsonAsync("/api/pricing/quotes", new
            {
                policyPack = "tianjin-binhai-m0-2023",
                valuationDate = "2024-05-01",
                landUse = "M0",
                landAreaM2 = 10000,
                floorAreaRatio = 2.0m,
                industrialBenchmarkPricePerM2 = 560,
                landGrade = 5,
                selfHeldShare = 0.7m,
                beijingRelocation = false,
                termYears = 40,
            });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

            var read = await planning.GetFromJsonAsync<JsonElement>($"/api/pricing/quotes/{id}");
            Assert.Equal(11_760_000m, read.GetProperty("totalPrice").GetDecimal());
            var endpoint = app.GetEndpoint("postgres", PostgresServerResource.EndpointName);
            Assert.Equal("planning.clerk", await PsqlAsync(endpoint.Port, "pricing", $"select \"CreatedBy\" from quotes where \"Id\" = '{id}'"));
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (server.Any(ProcessTree.IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Empty(server.Where(ProcessTree.IsAlive).Select(ProcessTree.Describe));
    }

    private static async Task<HttpClient> ClientForAsync(DistributedApplication app, string username)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsync(new Uri(app.GetEndpoint("identity", "http"), "/connect/token"), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "password", ["username"] = username, ["password"] = "dev" }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = app.GetEndpoint("gateway", "http"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The cluster's own client, as an operator reads it: one value, unaligned.</summary>
    private static async Task<string> PsqlAsync(int port, string database, string sql)
    {
        var psql = new ProcessStartInfo(Path.Combine(PostgresBinaries.Find()!, "psql"),
            ["-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, "-Atc", sql])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psql)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return (await output).Trim();
    }
}

/// <summary>Runs only where Debian's PostgreSQL server is installed (CI installs package <c>postgresql</c>).</summary>
public sealed class PostgresServerFactAttribute : FactAttribute
{
    public PostgresServerFactAttribute()
    {
        if (PostgresBinaries.Find() is null)
        {
            Skip = "Debian's PostgreSQL server (/usr/lib/postgresql/*/bin) is not installed: apt-get install postgresql.";
        }
    }
}
