using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using LandPlatform.Contracts.Domain.Policy;

namespace LandPlatform.Contracts.Policies;

/// <summary>
/// Every contracts policy pack version, loaded from the embedded JSON files and validated together at start-up
/// (a pack without a clause, or with an unknown field, stops the service rather than a contract).
/// </summary>
public sealed class ContractsPolicyCatalog
{
    private const string ResourcePrefix = "LandPlatform.Contracts.Policies.Packs.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    private readonly Dictionary<string, List<ContractsPolicy>> _byId;

    public ContractsPolicyCatalog(IEnumerable<ContractsPolicy> packs)
    {
        _byId = packs.GroupBy(p => p.PackId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Version).ToList(), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> PackIds => _byId.Keys;

    public static ContractsPolicyCatalog LoadEmbedded()
    {
        var assembly = typeof(ContractsPolicyCatalog).Assembly;
        var packs = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .ToList();
        return new ContractsPolicyCatalog(packs);
    }

    /// <summary>The newest version of a pack, or null when the catalog has none of that id.</summary>
    public ContractsPolicy? Latest(string packId) =>
        _byId.TryGetValue(packId, out var versions) ? versions[^1] : null;

    public ContractsPolicy? Version(string packId, int version) =>
        _byId.TryGetValue(packId, out var versions) ? versions.FirstOrDefault(v => v.Version == version) : null;

    public static ContractsPolicy Parse(string json, string source)
    {
        ContractsPolicyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ContractsPolicyFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Contracts policy pack {source} is invalid: {e.Message}", e);
        }

        var policy = file?.ToPolicy() ?? throw new InvalidOperationException($"Contracts policy pack {source} is empty.");
        var unquoted = Clauses(policy).Count(string.IsNullOrWhiteSpace);
        return unquoted == 0
            ? policy
            : throw new InvalidOperationException($"Contracts policy pack {source} has {unquoted} number(s) without a clause.");
    }

    private static ContractsPolicy Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resource[ResourcePrefix.Length..]);
    }

    private static IEnumerable<string?> Clauses(ContractsPolicy p) =>
    [
        p.StartWithinMonthsOfDelivery.Clause, p.CompleteWithinMonthsOfStart.Clause, p.ApplyForAssessmentWithinMonthsOfCompletion.Clause,
        p.LatePenaltyPerDay.Clause, p.DepositShare.Clause, p.DepositExemptForLeaseThenTransfer.Clause,
        p.QuarterlyReportsUntilProduction.Clause, p.TransferBeforeAssessment.Clause,
        p.MaxSubdivisionShareOfFloorArea?.Clause ?? "-", p.MinimumUnitFloorAreaM2?.Clause ?? "-",
        p.SupportingFloorAreaNeverSold?.Clause ?? "-", p.NoSecondTransferWithinYears?.Clause ?? "-",
        p.TransfereeMustBeInCatalog?.Clause ?? "-", p.MaxRentShareOfOfficeRent?.Clause ?? "-",
        p.MortgageCappedAtLandPriceUntilAssessment?.Clause ?? "-", p.InstalmentMaxMonths?.Clause ?? "-",
    ];
}
