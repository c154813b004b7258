namespace LandPlatform.Credit.Domain;

/// <summary>
/// The explicit decision that ends an effective listing (RULES.md §5: "Delisting (credit repair) is an
/// explicit decision with reasons"), never an automatic expiry and never a deletion.
/// </summary>
public sealed record DelistingDecision(DelistingKind Kind, string Reasons, Actor DecidedBy, DateTimeOffset At)
{
    // For EF Core materialisation (an owned type holding another owned type cannot bind the positional constructor).
    private DelistingDecision()
        : this(default, string.Empty, null!, default)
    {
    }
}
