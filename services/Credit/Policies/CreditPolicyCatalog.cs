using System.Reflection;
using LandPlatform.Credit.Domain;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Policies;

/// <summary>
/// Every version of every pack's credit part, validated together, and the one question asked of them:
/// which version applies to a notice issued under pack P (or under no district pack) on date D.
/// </summary>
public sealed class CreditPolicyCatalog
{
    /// <summary>The pack that applies when a notice names no district pack.</summary>
    public const string NationalDefaultId = "national-default";

    /// <summary>Resource names of the embedded pack files: <c>LandPlatform.Credit.Policies.Packs.&lt;file&gt;.json</c>.</summary>
    public const string ResourcePrefix = "LandPlatform.Credit.Policies.Packs.";

    private readonly Dictionary<string, List<CreditPolicy>> _byId;

    private CreditPolicyCatalog(Dictionary<string, List<CreditPolicy>> byId) => _byId = byId;

    public IEnumerable<string> PackIds => _byId.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<CreditPolicy> Versions(string packId) => _byId.TryGetValue(packId, out var v) ? v : [];

    /// <summary>Loads the packs embedded in the Credit assembly (Policies/Packs/*.json).</summary>
    /// <exception cref="PolicyPackInvalidException">A pack is invalid, or the packs contradict each other.</exception>
    public static CreditPolicyCatalog LoadEmbedded()
    {
        var assembly = typeof(CreditPolicyCatalog).Assembly;
        var packs = new List<(string Source, string Json)>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            packs.Add((name[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return Load(packs);
    }

    /// <summary>Builds a catalog from pack files (source name, JSON): each validated, then all checked together.</summary>
    /// <exception cref="PolicyPackInvalidException">A pack is invalid, or the packs contradict each other.</exception>
    public static CreditPolicyCatalog Load(IEnumerable<(string Source, string Json)> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var byId = new Dictionary<string, List<CreditPolicy>>(StringComparer.Ordinal);
        foreach (var (source, json) in packs)
        {
            var policy = CreditPolicyPackLoader.Parse(json, source);
            if (!byId.TryGetValue(policy.PackId, out var versions))
            {
                byId[policy.PackId] = versions = [];
            }

            versions.Add(policy);
        }

        var problems = new List<string>();
        if (!byId.ContainsKey(NationalDefaultId))
        {
            problems.Add($"no {NationalDefaultId} pack: notices naming no district pack could not be resolved");
        }

        foreach (var (id, versions) in byId)
        {
            versions.Sort((a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
            problems.AddRange(versions.GroupBy(v => v.Version).Where(g => g.Count() > 1).Select(g => $"{id} has version {g.Key} twice"));
            for (var i = 1; i < versions.Count; i++)
            {
                var previous = versions[i - 1];
                if (previous.EffectiveTo is null || previous.EffectiveTo >= versions[i].EffectiveFrom)
                {
                    problems.Add($"{id} v{previous.Version} overlaps v{versions[i].Version}: end the earlier version before the later one starts");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new PolicyPackInvalidException("catalog", problems);
        }

        return new CreditPolicyCatalog(byId);
    }

    /// <summary>
    /// The version of <paramref name="packId"/> in force on <paramref name="on"/>; with no pack id, the
    /// national default in force then. A pack that exists but is not in force that day is refused, not
    /// silently replaced by another (the clerk must name the pack that governs the contract).
    /// </summary>
    /// <exception cref="BusinessRuleBrokenException"><see cref="PolicyPackMustBeKnown"/> or <see cref="PolicyPackMustBeInForce"/>.</exception>
    public CreditPolicy Resolve(string? packId, DateOnly on)
    {
        var id = string.IsNullOrWhiteSpace(packId) ? NationalDefaultId : packId.Trim();
        BusinessRules.Check(new PolicyPackMustBeKnown(id, _byId.ContainsKey(id)));
        var policy = _byId[id].FirstOrDefault(v => v.IsInForceOn(on));
        BusinessRules.Check(new PolicyPackMustBeInForce(id, on, policy is not null));
        return policy!;
    }

    /// <summary>Every pack version in force on <paramref name="on"/>, national default first.</summary>
    public IReadOnlyList<CreditPolicy> InForceOn(DateOnly on) =>
        _byId.Values.SelectMany(v => v)
            .Where(v => v.IsInForceOn(on))
            .OrderBy(v => v.PackId == NationalDefaultId ? 0 : 1)
            .ThenBy(v => v.PackId, StringComparer.Ordinal)
            .ToList();
}
