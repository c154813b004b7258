using System.Diagnostics;
using System.Net.Http.Json;
using LandPlatform.Auditing.Api;
using LandPlatform.Auditing.Tests.TestApp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LandPlatform.Auditing.Tests;

/// <summary>
/// The test service on a fresh SQLite file of its own (or a PostgreSQL database), deleted
/// afterwards. A second factory given the same <see cref="Storage"/> is a second process on the
/// same database.
/// </summary>
public sealed partial class AuditAppFactory(AuditAppFactory.Storage? shared = null) : WebApplicationFactory<Program>
{
    // ASP.NET Core starts a request activity only when someone listens; a collector would.
    private static readonly ActivityListener Listener = StartListening();

    public Storage Database { get; } = shared ?? Storage.Sqlite();

    public HttpClient ClientAs(string? sub = null, string? role = null, string bureau = "planning", string? uscc = null, string? service = null)
    {
        var client = CreateClient();
        void Set(string type, string? value)
        {
            if (value is not null)
            {
                client.DefaultRequestHeaders.Add($"X-Test-{type}", value);
            }
        }

        Set("sub", sub);
        Set("name", sub is null ? null : $"{sub} name");
        Set("bureau", sub is null && service is null ? null : bureau);
        Set("role", role);
        Set("uscc", uscc);
        Set("service", service);
        return client;
    }

    public HttpClient Auditor() => ClientAs("auditor-1", "auditor", "audit");

    public async Task<AuditVerification> VerifyAsync()
    {
        using var client = Auditor();
        return (await client.GetFromJsonAsync<AuditVerification>("/audit/verification"))!;
    }

    public async Task<AuditPage> RecordsAsync(string query = "")
    {
        using var client = Auditor();
        return (await client.GetFromJsonAsync<AuditPage>("/audit/records" + query))!;
    }

    /// <summary>Raw SQL on the file, past EF and the chain, as someone with database access would.</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        await using var connection = Database.Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<TestDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _ = Listener;
        // The host lives in the test assembly, which has no project folder of that name to find.
        builder.UseContentRoot(AppContext.BaseDirectory);
        Database.Configure(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (shared is null)
        {
            await Database.DeleteAsync();
        }
    }

    private static ActivityListener StartListening()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
