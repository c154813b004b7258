using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own database: the connection string <c>ConnectionStrings:{name}db</c>
    /// (Aspire's key), a SQLite file under the data folder when none is configured, PostgreSQL when the
    /// string is an Npgsql one (or <c>Database:Provider=postgres</c>). The schema is brought to the
    /// version the code expects before the service reports ready.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder,
        string name,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TContext : DbContext
    {
        var connection = DatabaseConnection.From(builder.Configuration, name, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(connection);
        builder.Services.AddDbContext<TContext>((sp, options) =>
        {
            connection.Apply(options);
            configure?.Invoke(sp, options);
        });
        builder.Services.AddSingleton<SchemaState<TContext>>();
        builder.Services.AddHostedService<SchemaInitializer<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>($"{name}db");
        return builder;
    }
}
