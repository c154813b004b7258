using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Persistence.Tests.Support;

public sealed class Parcel
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Added by the second migration (AddArea): rows made before it read 0.</summary>
    public decimal Area { get; set; }
}

/// <summary>
/// A model with a history, shaped like a service's database: two migrations per provider (Initial made the
/// parcels table; AddArea added a column), so the upgrade from the previous migration is tested on real data.
/// </summary>
public abstract class ParcelsDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Parcel> Parcels => Set<Parcel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Parcel>().ToTable("parcels");
}

public sealed class SqliteParcelsDb(DbContextOptions<SqliteParcelsDb> options) : ParcelsDb(options);

public sealed class PostgresParcelsDb(DbContextOptions<PostgresParcelsDb> options) : ParcelsDb(options);

public sealed class SqliteParcelsDbFactory()
    : MigrationsDesignTimeFactory<SqliteParcelsDb>(DatabaseProvider.Sqlite, options => new(options));

public sealed class PostgresParcelsDbFactory()
    : MigrationsDesignTimeFactory<PostgresParcelsDb>(DatabaseProvider.PostgreSql, options => new(options));

/// <summary>Any context, for checking which provider a connection selects.</summary>
public sealed class PlainParcels(DbContextOptions<PlainParcels> options) : DbContext(options)
{
    public DbSet<Parcel> Parcels => Set<Parcel>();
}
