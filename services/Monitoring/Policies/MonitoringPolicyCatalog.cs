using LandPlatform.Monitoring.Domain.Policy;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Policies;

/// <summary>
/// Every version of every pack's monitoring part, validated together, and the question asked of them: which
/// version governs a contract under pack P signed on day D (the contract incorporates the standard of its day).
/// </summary>
public sealed class MonitoringPolicyCatalog
{
    /// <summary>The pack that applies when a contract names no district pack.</summary>
    public const string NationalDefaultId = "national-default";

    private const string ResourcePrefix = "LandPlatform.Monitoring.Policies.Packs.";
    private const string BaselineFile = "national-baseline.json";

    private readonly Dictionary<string, List<MonitoringPolicy>> _byId;

    private MonitoringPolicyCatalog(Dictionary<string, List<MonitoringPolicy>> byId) => _byId = byId;

    public IEnumerable<MonitoringPolicy> All => _byId.Values.SelectMany(v => v).OrderBy(p => p.PackId, StringComparer.Ordinal).ThenBy(p => p.Version);

    /// <summary>Loads the packs embedded in the Monitoring assembly (Policies/Packs/*.json).</summary>
    public static MonitoringPolicyCatalog LoadEmbedded()
    {
        var assembly = typeof(MonitoringPolicyCatalog).Assembly;
        var files = new List<(string Source, string Json)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add((name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return Load(files);
    }

    /// <summary>Builds a catalog from pack files: the national baseline (idle land) and one file per pack version.</summary>
    /// <exception cref="PolicyPackInvalidException">A pack is invalid, or the packs contradict each other.</exception>
    public static MonitoringPolicyCatalog Load(IReadOnlyList<(string Source, string Json)> files)
    {
        var baseline = files.FirstOrDefault(f => f.Source == BaselineFile);
        if (baseline.Json is null)
        {
            throw new PolicyPackInvalidException("catalog", [$"no {BaselineFile}: the national idle-land and annual-report rules apply under every pack"]);
        }

        var national = MonitoringPolicyLoader.ParseNationalBaseline(baseline.Json, baseline.Source);
        var byId = new Dictionary<string, List<MonitoringPolicy>>(StringComparer.Ordinal);
        foreach (var (source, json) in files.Where(f => f.Source != BaselineFile))
        {
            var policy = MonitoringPolicyLoader.Parse(json, source, national);
            if (!byId.TryGetValue(policy.PackId, out var versions))
            {
                byId[policy.PackId] = versions = [];
            }

            versions.Add(policy);
        }

        var problems = new List<string>();
        if (!byId.ContainsKey(NationalDefaultId))
        {
            problems.Add($"no {NationalDefaultId} pack: contracts naming no district pack could not be judged");
        }

        foreach (var (id, versions) in byId)
        {
            versions.Sort((a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
            for (var i = 1; i < versions.Count; i++)
            {
                if (versions[i - 1].EffectiveTo is not { } end || end >= versions[i].EffectiveFrom)
                {
                    problems.Add($"{id} v{versions[i - 1].Version} overlaps v{versions[i].Version}");
                }
            }
        }

        return problems.Count > 0 ? throw new PolicyPackInvalidException("catalog", problems) : new MonitoringPolicyCatalog(byId);
    }

    /// <summary>
    /// The version of <paramref name="packId"/> in force on <paramref name="contractSignedOn"/> (no pack: the national
    /// default). A contract signed outside every version of its pack is refused, never judged by another pack.
    /// </summary>
    /// <exception cref="BusinessRuleBrokenException"><see cref="PolicyPackMustGovernTheContract"/>.</exception>
    public MonitoringPolicy Resolve(string? packId, DateOnly contractSignedOn)
    {
        var id = string.IsNullOrWhiteSpace(packId) ? NationalDefaultId : packId.Trim();
        var policy = _byId.TryGetValue(id, out var versions) ? versions.FirstOrDefault(v => v.IsInForceOn(contractSignedOn)) : null;
        BusinessRules.Check(new PolicyPackMustGovernTheContract(id, contractSignedOn, policy is not null));
        return policy!;
    }

    /// <summary>The newest version of a pack (for figures that are not tied to one contract's day), or null.</summary>
    public MonitoringPolicy? Latest(string packId) => _byId.TryGetValue(packId, out var v) ? v[^1] : null;
}

public sealed class PolicyPackMustGovernTheContract(string packId, DateOnly signedOn, bool found) : IBusinessRule
{
    public bool IsBroken() => !found;

    public string Message => $"No version of policy pack '{packId}' was in force on {signedOn:yyyy-MM-dd}, the day the contract was signed.";
}
