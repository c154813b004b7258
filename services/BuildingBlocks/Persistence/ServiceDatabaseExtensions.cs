using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own database: the connection string <c>ConnectionStrings:{name}db</c>
    /// (Aspire's key), a SQLite file under the data folder when none is configured, PostgreSQL when the
    /// string is an Npgsql one (or <c>Database:Provider=postgres</c>). EF Core migrations are provider-specific,
    /// so each provider has its own context type deriving from <typeparamref name="TContext"/> and owning its
    /// migration set; the rest of the service injects <typeparamref name="TContext"/> and gets the one for the
    /// configured provider. The migrations are applied before the service reports ready.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqliteContext, TPostgresContext>(
        this IHostApplicationBuilder builder,
        string name,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connection = DatabaseConnection.From(builder.Configuration, name, builder.Environment.ContentRootPath);
        void Options(IServiceProvider sp, DbContextOptionsBuilder options)
        {
            connection.Apply(options);
            // Migrate() would otherwise compare the model with the migrations' snapshot at every start: it builds
            // the design-time model and the snapshot's model and runs the differ, which loads EF's whole
            // migrations machinery into a process that keeps it for its lifetime (issue 9's memory budget) and
            // costs start-up CPU. That comparison is made where it belongs, before anything ships: each service's
            // HasPendingModelChanges test per provider (tests/Persistence.Tests/Migrations/ServiceMigrationTests).
            options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
            // Building blocks configure the type the service injects (ConfigureDbContext<TContext>: the outbox
            // signal, the audit chain's interceptor). EF applies only the registered implementation type's
            // configurations, so those for TContext are applied here.
            foreach (var configuration in sp.GetServices<IDbContextOptionsConfiguration<TContext>>())
            {
                configuration.Configure(sp, options);
            }

            configure?.Invoke(sp, options);
        }

        _ = connection.Provider == DatabaseProvider.PostgreSql
            ? builder.Services.AddDbContext<TContext, TPostgresContext>(Options)
            : builder.Services.AddDbContext<TContext, TSqliteContext>(Options);
        return builder.AddDatabaseStartup<TContext>(name, connection, DatabaseMigrator.MigrateAsync);
    }

    /// <summary>
    /// A database whose schema is created from the model when it is empty and never upgraded: for test hosts
    /// that exercise a building block with a model of their own and no migrations. Services use
    /// <see cref="AddServiceDatabase{TContext, TSqliteContext, TPostgresContext}"/>.
    /// </summary>
    public static IHostApplicationBuilder AddModelCreatedDatabase<TContext>(
        this IHostApplicationBuilder builder,
        string name,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connection = DatabaseConnection.From(builder.Configuration, name, builder.Environment.ContentRootPath);
        builder.Services.AddDbContext<TContext>((sp, options) =>
        {
            connection.Apply(options);
            configure?.Invoke(sp, options);
        });
        return builder.AddDatabaseStartup<TContext>(name, connection, (db, _, ct) => db.Database.EnsureCreatedAsync(ct));
    }

    private static IHostApplicationBuilder AddDatabaseStartup<TContext>(
        this IHostApplicationBuilder builder,
        string name,
        DatabaseConnection connection,
        Func<TContext, ILogger, CancellationToken, Task> prepare)
        where TContext : DbContext
    {
        builder.Services.AddSingleton(connection);
        builder.Services.AddSingleton<SchemaState<TContext>>();
        builder.Services.AddHostedService(sp => new DatabaseStartup<TContext>(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<SchemaState<TContext>>(),
            sp.GetRequiredService<ILogger<DatabaseStartup<TContext>>>(),
            prepare));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>($"{name}db");
        return builder;
    }
}
