using LandPlatform.IntegrationContracts.PolicyPacks;

namespace LandPlatform.Admission.Domain.Packs;

/// <summary>One policy document as admission reads it: the document's identity and admission's rules from it.</summary>
public sealed record AdmissionPack(PolicyPackIdentity Identity, AdmissionRules Rules)
{
    public string Id => Identity.Id;

    public TermRule? Term(string supplyMode) => Rules.Terms.FirstOrDefault(t => t.SupplyMode == supplyMode);

    public LandUseRule? LandUse(string? code) => Rules.LandUses.FirstOrDefault(l => l.Code == code?.Trim());
}
