namespace LandPlatform.IntegrationContracts.PolicyPacks;

/// <summary>
/// Which policy document a pack is, the same wherever a service refers to it: each bureau's service keeps its
/// own rules from the document, but the document's id, title, number, issuer, effective period and the pack's
/// version are one fact. <see cref="EffectiveTo"/> is the last day in force (null = the document sets no end).
/// </summary>
public sealed record PolicyPackIdentity(
    string Id,
    int Version,
    string Title,
    string? DocumentNumber,
    string IssuingBody,
    string District,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string EffectivePeriodClause)
{
    public bool InForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo.Value);

    /// <summary>How a clause cites the document: 《title》（number）.</summary>
    public string Citation => DocumentNumber is null ? $"《{Title}》" : $"《{Title}》（{DocumentNumber}）";
}
