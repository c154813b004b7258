using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence.Tests.Support;

/// <summary>A generic host with one service database, as a service's Program.cs registers it.</summary>
public static class ServiceHost
{
    public const string Name = "parcels";

    public static IHost Build<TContext>(string dataDirectory, params (string Key, string Value)[] settings)
        where TContext : DbContext
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = dataDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["DataDirectory"] = dataDirectory }
                .Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDatabase<TContext>(Name);
        return builder.Build();
    }

    /// <summary>Starts a host for <typeparamref name="TContext"/>, stops it again and returns what start-up threw, if anything.</summary>
    public static async Task<Exception?> StartAndStopAsync<TContext>(string dataDirectory)
        where TContext : DbContext
    {
        using var host = Build<TContext>(dataDirectory);
        try
        {
            await host.StartAsync();
        }
        catch (Exception ex)
        {
            return ex;
        }

        await host.StopAsync();
        return null;
    }

    public static async Task<HealthReportEntry> DatabaseHealthAsync(IHost host)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries[Name + "db"];
    }

    public static string DatabaseFile(string dataDirectory) => Path.Combine(dataDirectory, Name + ".db");

    public static async Task<List<(long Version, string Hash)>> HistoryAsync(string dataDirectory)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile(dataDirectory)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, model_hash FROM __schema_history ORDER BY version";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }
}
