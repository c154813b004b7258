namespace LandPlatform.Credit.Domain;

/// <summary>How long an effective listing lasts before it may be delisted as "period ended", with its clause.</summary>
public sealed record ListingPeriod(int Years, string Clause)
{
    /// <summary>The same clock time <see cref="Years"/> years after the listing took effect.</summary>
    public DateTimeOffset EndAfter(DateTimeOffset effectiveFrom) => effectiveFrom.AddYears(Years);
}
