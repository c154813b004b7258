namespace LandPlatform.Monitoring.Domain.Supervision;

/// <summary>A produced supervision document, one per kind and period (a unique key), however often the job runs.</summary>
public sealed class SupervisionDocument
{
    private SupervisionDocument()
    {
    }

    public Guid Id { get; private set; }

    public SupervisionKind Kind { get; private set; }

    public string Period { get; private set; } = string.Empty;

    public DateTimeOffset ProducedAt { get; private set; }

    public SupervisionDocumentContent Content { get; private set; } = null!;

    public static SupervisionDocument Of(SupervisionDocumentContent content, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = content.Kind,
        Period = content.Period,
        ProducedAt = now,
        Content = content,
    };
}
