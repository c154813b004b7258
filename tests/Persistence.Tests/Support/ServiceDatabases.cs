using LandPlatform.Admission.Infrastructure;
using LandPlatform.Admission.Infrastructure.Migrations;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Infrastructure.Migrations;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.Credit.Infrastructure.Migrations;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Infrastructure.Migrations;
using LandPlatform.Pricing.Infrastructure;
using LandPlatform.Pricing.Infrastructure.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Persistence.Tests.Support;

/// <summary>Each service's database registration, its context for either provider, and its base context type.</summary>
public sealed record ServiceDatabase(
    string Name,
    Type Context,
    Func<string, DbContext> Create,
    Func<string, (string Key, string Value)[], IHost> Host)
{
    public static readonly IReadOnlyList<ServiceDatabase> All =
    [
        Of<AdmissionDbContext, SqliteAdmissionDbContext, PostgresAdmissionDbContext>(
            "admission", new SqliteAdmissionDbContextFactory(), new PostgresAdmissionDbContextFactory()),
        Of<ContractsDbContext, SqliteContractsDbContext, PostgresContractsDbContext>(
            "contracts", new SqliteContractsDbContextFactory(), new PostgresContractsDbContextFactory()),
        Of<CreditDbContext, SqliteCreditDbContext, PostgresCreditDbContext>(
            "credit", new SqliteCreditDbContextFactory(), new PostgresCreditDbContextFactory()),
        Of<MonitoringDbContext, SqliteMonitoringDbContext, PostgresMonitoringDbContext>(
            "monitoring", new SqliteMonitoringDbContextFactory(), new PostgresMonitoringDbContextFactory()),
        Of<PricingDbContext, SqlitePricingDbContext, PostgresPricingDbContext>(
            "pricing", new SqlitePricingDbContextFactory(), new PostgresPricingDbContextFactory()),
    ];

    public static ServiceDatabase Named(string name) => All.Single(s => s.Name == name);

    public static TheoryData<string> Names() => new(All.Select(s => s.Name));

    public static TheoryData<string, string> NamesOnProviders()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in Postgres.Providers())
        {
            foreach (var service in All)
            {
                data.Add(service.Name, provider);
            }
        }

        return data;
    }

    /// <summary>The service's design-time context for a provider ("sqlite" or "postgres"): builds its model without a server.</summary>
    public DbContext DesignTime(string provider) => Create(provider);

    private static ServiceDatabase Of<TContext, TSqlite, TPostgres>(
        string name,
        MigrationsDesignTimeFactory<TSqlite> sqlite,
        MigrationsDesignTimeFactory<TPostgres> postgres)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext =>
        new(
            name,
            typeof(TContext),
            provider => provider == "postgres" ? postgres.CreateDbContext([]) : sqlite.CreateDbContext([]),
            (data, settings) => ServiceHost.Build<TContext, TSqlite, TPostgres>(name, data, settings));
}
