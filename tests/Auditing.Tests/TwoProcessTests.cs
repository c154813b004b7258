using System.Net.Http.Json;
using LandPlatform.Auditing.Api;

namespace LandPlatform.Auditing.Tests;

/// <summary>
/// Two hosts on one database each have their own in-process gate, so only the database lock
/// (SQLite's BEGIN IMMEDIATE, PostgreSQL's pg_advisory_xact_lock) keeps the chain from forking.
/// </summary>
public sealed class TwoProcessTests
{
    [Fact]
    public Task Two_processes_on_one_SQLite_file_keep_one_chain() => WriteFromTwoHostsAsync(AuditAppFactory.Storage.Sqlite());

    [PostgresFact]
    public async Task Two_processes_on_one_PostgreSQL_database_keep_one_chain() =>
        await WriteFromTwoHostsAsync(await AuditAppFactory.Storage.PostgresAsync());

    [PostgresFact]
    public async Task Editing_one_row_on_PostgreSQL_is_reported_at_that_row()
    {
        var storage = await AuditAppFactory.Storage.PostgresAsync();
        await using var app = new AuditAppFactory(storage);
        try
        {
            using var client = app.ClientAs("clerk-7", "clerk");
            for (var i = 0; i < 5; i++)
            {
                (await client.PostAsJsonAsync("/parcels", new { name = $"p{i}" })).EnsureSuccessStatusCode();
            }

            Assert.Equal(new AuditVerification(true, 5), await app.VerifyAsync());
            await app.ExecuteRawAsync("UPDATE audit_records SET operation = 'x' WHERE sequence = 3");
            Assert.Equal(new AuditVerification(false, 3, 3, AuditVerification.HashMismatch), await app.VerifyAsync());
        }
        finally
        {
            await storage.DeleteAsync();
        }
    }

    private static async Task WriteFromTwoHostsAsync(AuditAppFactory.Storage storage)
    {
        try
        {
            await using var first = new AuditAppFactory(storage);
            await using var second = new AuditAppFactory(storage);
            using var a = first.ClientAs("clerk-7", "clerk");
            // The second host starts after the first created the schema, as a second replica would.
            (await a.PostAsJsonAsync("/parcels", new { name = "first" })).EnsureSuccessStatusCode();
            using var b = second.ClientAs("clerk-8", "clerk");

            var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
                (i % 2 == 0 ? a : b).PostAsJsonAsync("/parcels", new { name = $"parcel {i}" })));

            Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
            Assert.Equal(new AuditVerification(true, 41), await first.VerifyAsync());
        }
        finally
        {
            await storage.DeleteAsync();
        }
    }
}

/// <summary>Runs only where a PostgreSQL server is given (<c>AUDIT_TEST_POSTGRES</c>); no Docker here.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AuditAppFactory.Storage.PostgresVariable)))
        {
            Skip = $"Set {AuditAppFactory.Storage.PostgresVariable} to a PostgreSQL server's connection string to run this.";
        }
    }
}
