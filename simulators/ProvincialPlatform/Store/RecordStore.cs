using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LandPlatform.ProvincialPlatform.Store;

/// <summary>The simulator's own SQLite file: what it accepted, keyed by the sending district and its idempotency key.</summary>
public sealed class RecordStore(DbContextOptions<RecordStore> options) : DbContext(options)
{
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    public DbSet<StoredRecord> Records => Set<StoredRecord>();

    /// <summary>
    /// Creates the schema on first start; WAL lets the page read while records are written. A file kept from before
    /// keys were scoped by district (EnsureCreated leaves an existing schema as it is) has its key-only unique index
    /// replaced, so a second district's record under the same key is stored, not refused as a duplicate.
    /// </summary>
    public static void Prepare(RecordStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Database.EnsureCreated();
        store.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        store.Database.ExecuteSqlRaw("""
            DROP INDEX IF EXISTS "IX_records_IdempotencyKey";
            CREATE UNIQUE INDEX IF NOT EXISTS "IX_records_DistrictCode_IdempotencyKey" ON "records" ("DistrictCode", "IdempotencyKey");
            """);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredRecord>(r =>
        {
            r.ToTable("records");
            r.HasKey(x => x.Id);
            // The de-duplication guarantee: a second row for a district's key cannot exist. Keys are scoped by the
            // sender: two districts derive theirs independently, and the same key from both is two records.
            r.HasIndex(x => new { x.DistrictCode, x.IdempotencyKey }).IsUnique();
            r.HasIndex(x => x.ReceiptNumber).IsUnique();
            r.Property(x => x.OccurredAt).HasConversion(UnixMilliseconds);
            r.Property(x => x.ReceivedAt).HasConversion(UnixMilliseconds);
        });
    }
}
