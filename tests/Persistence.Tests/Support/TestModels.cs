using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Persistence.Tests.Support;

public sealed class Parcel
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

public sealed class ParcelWithArea
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Area { get; set; }
}

/// <summary>The "released" model: version 1.</summary>
[SchemaVersion(1)]
public sealed class ParcelsV1(DbContextOptions<ParcelsV1> options) : DbContext(options)
{
    public DbSet<Parcel> Parcels => Set<Parcel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Parcel>().ToTable("parcels");
}

/// <summary>Someone added a column but forgot to bump the version.</summary>
[SchemaVersion(1)]
public sealed class ParcelsV1Changed(DbContextOptions<ParcelsV1Changed> options) : DbContext(options)
{
    public DbSet<ParcelWithArea> Parcels => Set<ParcelWithArea>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<ParcelWithArea>().ToTable("parcels");
}

/// <summary>The next release: the column added and the version bumped.</summary>
[SchemaVersion(2)]
public sealed class ParcelsV2(DbContextOptions<ParcelsV2> options) : DbContext(options)
{
    public DbSet<ParcelWithArea> Parcels => Set<ParcelWithArea>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<ParcelWithArea>().ToTable("parcels");
}

public sealed class Unversioned(DbContextOptions<Unversioned> options) : DbContext(options)
{
    public DbSet<Parcel> Parcels => Set<Parcel>();
}
