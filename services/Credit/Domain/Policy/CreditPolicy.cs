namespace LandPlatform.Credit.Domain;

/// <summary>
/// The credit part of one version of a policy pack, as the domain uses it: every number with the
/// clause it comes from. Loaded from data (services/Credit/Policies/Packs), never written in code.
/// </summary>
public sealed record CreditPolicy
{
    public CreditPolicy(
        string packId,
        int version,
        string title,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo,
        string dueProcessClause,
        ObjectionPeriod objectionPeriod,
        IReadOnlyDictionary<ListingReason, ListingPeriod> listingPeriods,
        IReadOnlyDictionary<ListingReason, string> legalBasis,
        IdleLandThreshold idleLand)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packId);
        ArgumentNullException.ThrowIfNull(listingPeriods);
        ArgumentNullException.ThrowIfNull(legalBasis);
        foreach (var reason in Enum.GetValues<ListingReason>())
        {
            if (!listingPeriods.ContainsKey(reason) || !legalBasis.ContainsKey(reason))
            {
                throw new ArgumentException($"pack {packId} v{version} does not cover the reason {reason}", nameof(listingPeriods));
            }
        }

        PackId = packId;
        Version = version;
        Title = title;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        DueProcessClause = dueProcessClause;
        ObjectionPeriod = objectionPeriod;
        ListingPeriods = listingPeriods;
        LegalBasis = legalBasis;
        IdleLand = idleLand;
    }

    public string PackId { get; }

    public int Version { get; }

    public string Title { get; }

    public DateOnly EffectiveFrom { get; }

    /// <summary>Last day in force (inclusive); null while no end is set.</summary>
    public DateOnly? EffectiveTo { get; }

    /// <summary>The clause requiring notice and objection before listing.</summary>
    public string DueProcessClause { get; }

    public ObjectionPeriod ObjectionPeriod { get; }

    public IReadOnlyDictionary<ListingReason, ListingPeriod> ListingPeriods { get; }

    /// <summary>The clause that lets the bureau list for each reason.</summary>
    public IReadOnlyDictionary<ListingReason, string> LegalBasis { get; }

    public IdleLandThreshold IdleLand { get; }

    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public ListingPeriod ListingPeriodFor(ListingReason reason) => ListingPeriods[reason];

    public string LegalBasisFor(ListingReason reason) => LegalBasis[reason];
}
