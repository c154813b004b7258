using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LandPlatform.Auditing;

/// <summary>
/// The canonical form of a record and its SHA-256 (README.md, "Canonical form"). The form is
/// length-prefixed rather than JSON so that any language can rebuild it byte for byte without
/// agreeing on a JSON escaping or number format:
/// <code>
/// "landplatform-audit-v1\n"
/// then, for each field in the order of <see cref="Fields"/>:
///   name "=" ( "-"  when null  |  utf8ByteLength ":" value ) "\n"
/// </code>
/// Sequence is decimal; RecordedAt is UTC "yyyy-MM-ddTHH:mm:ss.ffffffZ" (microseconds, which
/// PostgreSQL keeps exactly); the hash is lowercase hex. The first record's PreviousHash is 64 zeros.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const string Header = "landplatform-audit-v1\n";

    public static string Compute(AuditRecord r)
    {
        var text = new StringBuilder(Header);
        foreach (var (name, value) in Fields(r))
        {
            text.Append(name).Append('=');
            if (value is null)
            {
                text.Append('-');
            }
            else
            {
                text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string FormatTime(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Cuts to whole microseconds, so what is hashed is exactly what every provider stores.</summary>
    public static DateTime Truncate(DateTimeOffset now) =>
        new(now.UtcTicks - (now.UtcTicks % 10), DateTimeKind.Utc);

    internal static IEnumerable<(string Name, string? Value)> Fields(AuditRecord r) =>
    [
        ("sequence", r.Sequence.ToString(CultureInfo.InvariantCulture)),
        ("recordedAt", FormatTime(r.RecordedAt)),
        ("personId", r.PersonId),
        ("actorName", r.ActorName),
        ("bureau", r.Bureau),
        ("role", r.Role),
        ("uscc", r.Uscc),
        ("callingService", r.CallingService),
        ("operation", r.Operation),
        ("resourceType", r.ResourceType),
        ("resourceId", r.ResourceId),
        ("beforeSummary", r.BeforeSummary),
        ("afterSummary", r.AfterSummary),
        ("traceId", r.TraceId),
        ("outcome", r.Outcome),
        ("source", r.Source),
        ("previousHash", r.PreviousHash),
    ];
}
