namespace LandPlatform.Credit.Domain;

/// <summary>
/// One entry in an enterprise's credit file (一主体一档案) that bars it from government-supplied land.
/// History is never rewritten: a listing is ended by delisting, not by deleting it.
/// </summary>
public sealed class Listing
{
    private Listing()
    {
    }

    public Guid Id { get; private set; }

    public string Uscc { get; private set; } = string.Empty;

    public string EnterpriseName { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    public DateTimeOffset ListedAt { get; private set; }

    public static Listing Record(string uscc, string enterpriseName, string reason, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Uscc = uscc,
        EnterpriseName = enterpriseName,
        Reason = reason,
        ListedAt = at,
    };
}
