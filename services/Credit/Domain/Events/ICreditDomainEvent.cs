namespace LandPlatform.Credit.Domain;

/// <summary>
/// Something that happened to a listing. The service turns each one into an integration event and
/// writes it to the outbox in the same transaction as the listing (then clears them).
/// </summary>
public interface ICreditDomainEvent
{
    Guid ListingId { get; }

    /// <summary>When it took legal effect.</summary>
    DateTimeOffset OccurredAt { get; }
}
