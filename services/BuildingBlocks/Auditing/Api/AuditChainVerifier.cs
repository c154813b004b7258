using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing.Api;

/// <summary>The result of recomputing the chain: the first broken link, if any.</summary>
public sealed record AuditVerification(bool Valid, long RecordsChecked, long? FirstBrokenSequence = null, string? Reason = null)
{
    public const string HashMismatch = "hash mismatch";
    public const string PreviousHashMismatch = "previous hash mismatch";
    public const string SequenceGap = "sequence gap";
}

/// <summary>
/// Recomputes the whole chain in Sequence order, one row at a time (a streamed reader, never the
/// table in memory). Checks, per record: the Sequence follows the last (a deleted row is a gap,
/// reported at the missing number), PreviousHash equals the last record's Hash (a re-hashed edit
/// shows here), and the stored Hash equals the recomputed one (an edit shows here). Removing the
/// newest rows is not detectable from the chain alone; compare the head with a copy kept elsewhere.
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(DbContext db, CancellationToken ct)
    {
        var expected = 1L;
        var previous = AuditHash.Genesis;
        var checkedCount = 0L;
        var records = db.Set<AuditRecord>().AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable();
        await foreach (var record in records.WithCancellation(ct))
        {
            checkedCount++;
            if (record.Sequence != expected)
            {
                return new AuditVerification(false, checkedCount, expected, AuditVerification.SequenceGap);
            }

            if (!string.Equals(record.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new AuditVerification(false, checkedCount, record.Sequence, AuditVerification.PreviousHashMismatch);
            }

            if (!string.Equals(AuditHash.Compute(record), record.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(false, checkedCount, record.Sequence, AuditVerification.HashMismatch);
            }

            previous = record.Hash;
            expected++;
        }

        return new AuditVerification(true, checkedCount);
    }
}
