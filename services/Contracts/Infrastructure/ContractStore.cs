using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Policies;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Infrastructure;

/// <summary>Loading a contract with its steps, and the pack version it was drafted under.</summary>
internal static class ContractStore
{
    public static Task<SupervisionContract?> FindAsync(ContractsDbContext db, Guid id, CancellationToken ct) =>
        db.Contracts.FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The contract keeps the pack version it was drafted under: a later version never rewrites its terms.</summary>
    public static ContractsPolicy PolicyOf(ContractsPolicyCatalog packs, SupervisionContract contract) =>
        packs.Version(contract.PolicyPackId, contract.PolicyPackVersion)
        ?? throw new InvalidOperationException($"Contract {contract.Id} was drafted under {contract.PolicyPackId} v{contract.PolicyPackVersion}, which the catalog no longer has.");
}
