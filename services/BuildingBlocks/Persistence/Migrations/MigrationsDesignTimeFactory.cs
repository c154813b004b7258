using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LandPlatform.Persistence;

/// <summary>
/// What <c>dotnet ef migrations add</c> uses to build a service's provider-specific context without starting
/// the service (which would need the broker and the issuer). No database is opened to scaffold a migration;
/// the connection strings only select the provider. Each service derives one per provider context.
/// </summary>
public abstract class MigrationsDesignTimeFactory<TContext>(
    DatabaseProvider provider,
    Func<DbContextOptions<TContext>, TContext> create) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        new DatabaseConnection(provider, provider == DatabaseProvider.PostgreSql
            ? "Host=localhost;Database=design_time"
            : "Data Source=design_time.db").Apply(options);
        return create(options.Options);
    }
}
