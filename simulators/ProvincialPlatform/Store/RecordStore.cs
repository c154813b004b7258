using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LandPlatform.ProvincialPlatform.Store;

/// <summary>The simulator's own SQLite file: what it accepted, keyed by idempotency key.</summary>
public sealed class RecordStore(DbContextOptions<RecordStore> options) : DbContext(options)
{
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    public DbSet<StoredRecord> Records => Set<StoredRecord>();

    /// <summary>Creates the schema on first start; WAL lets the page read while records are written.</summary>
    public static void Prepare(RecordStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Database.EnsureCreated();
        store.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredRecord>(r =>
        {
            r.ToTable("records");
            r.HasKey(x => x.Id);
            // The de-duplication guarantee: a second row for a key cannot exist.
            r.HasIndex(x => x.IdempotencyKey).IsUnique();
            r.HasIndex(x => x.ReceiptNumber).IsUnique();
            r.Property(x => x.OccurredAt).HasConversion(UnixMilliseconds);
            r.Property(x => x.ReceivedAt).HasConversion(UnixMilliseconds);
        });
    }
}
