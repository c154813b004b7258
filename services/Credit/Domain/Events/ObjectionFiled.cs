namespace LandPlatform.Credit.Domain;

/// <summary>The enterprise objected: the credit office must review (核实) before the listing can take effect. Internal to the service (a work item), not a published integration event.</summary>
public sealed record ObjectionFiled(
    Guid ListingId,
    string Uscc,
    string EnterpriseName,
    DateTimeOffset OccurredAt) : ICreditDomainEvent;
