using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence.Tests.Support;

/// <summary>A generic host with one service database, registered as a service's Program.cs registers it.</summary>
public static class ServiceHost
{
    public const string Name = "parcels";

    public static IHost Build<TContext, TSqlite, TPostgres>(string name, string dataDirectory, params (string Key, string Value)[] settings)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext =>
        Build<TContext, TSqlite, TPostgres>(name, dataDirectory, _ => { }, settings);

    public static IHost Build<TContext, TSqlite, TPostgres>(
        string name, string dataDirectory, Action<IServiceCollection> services, params (string Key, string Value)[] settings)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
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
        if (Environment.GetEnvironmentVariable("LP_TEST_LOG") == "1")
        {
            // Every SQL statement of start-up on the console, for finding out why a migration case fails.
            builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Debug);
        }
        builder.AddServiceDatabase<TContext, TSqlite, TPostgres>(name);
        services(builder.Services);
        return builder.Build();
    }

    public static IHost Parcels(string dataDirectory, params (string Key, string Value)[] settings) =>
        Build<ParcelsDb, SqliteParcelsDb, PostgresParcelsDb>(Name, dataDirectory, settings);

    public static IHost Parcels(string dataDirectory, Action<IServiceCollection> services, params (string Key, string Value)[] settings) =>
        Build<ParcelsDb, SqliteParcelsDb, PostgresParcelsDb>(Name, dataDirectory, services, settings);

    public static async Task<HealthReportEntry> DatabaseHealthAsync(IHost host, string name = Name)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries[name + "db"];
    }

    public static string DatabaseFile(string dataDirectory, string name = Name) => Path.Combine(dataDirectory, name + ".db");
}
