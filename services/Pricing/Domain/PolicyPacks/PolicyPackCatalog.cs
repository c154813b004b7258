using System.Reflection;

namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// All policy packs and the national baseline, loaded once from the pack files and validated at
/// load. Resolves a pack by id (checked against the valuation date) or by district and date.
/// </summary>
public sealed class PolicyPackCatalog
{
    public const string BaselineFileName = "national-baseline.json";
    private const string ResourcePrefix = "LandPlatform.Pricing.Policies.";

    private readonly Dictionary<string, PolicyPack> _byId;

    private PolicyPackCatalog(NationalBaseline baseline, IEnumerable<PolicyPack> packs)
    {
        Baseline = baseline;
        _byId = new Dictionary<string, PolicyPack>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            if (!_byId.TryAdd(pack.Id, pack))
            {
                throw new PolicyPackInvalid(pack.Id, [$"two pack files declare id '{pack.Id}'"]);
            }
        }
    }

    public NationalBaseline Baseline { get; }

    /// <summary>Every pack, ordered by id, for listing to clerks.</summary>
    public IReadOnlyList<PolicyPack> Packs => _byId.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Loads the pack files embedded in this assembly (services/Pricing/Policies/*.json).</summary>
    public static PolicyPackCatalog LoadEmbedded()
    {
        var assembly = typeof(PolicyPackCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], ReadResource(assembly, n)));
        return Load(files);
    }

    /// <summary>Loads from (file name, JSON) pairs; the baseline is the file named <see cref="BaselineFileName"/>.</summary>
    public static PolicyPackCatalog Load(IEnumerable<(string FileName, string Json)> files)
    {
        NationalBaseline? baseline = null;
        var packs = new List<PolicyPack>();
        foreach (var (fileName, json) in files)
        {
            if (fileName == BaselineFileName)
            {
                baseline = NationalBaselineJsonReader.Read(fileName, json);
            }
            else
            {
                packs.Add(PolicyPackJsonReader.Read(fileName, json));
            }
        }

        return new PolicyPackCatalog(
            baseline ?? throw new PolicyPackInvalid(BaselineFileName, ["the national baseline file is missing; every pack depends on it"]),
            packs);
    }

    public PolicyPack? Find(string packId) => _byId.GetValueOrDefault(packId);

    /// <summary>
    /// The named pack, if it is in force on <paramref name="valuationDate"/>. A pack named explicitly
    /// but expired (e.g. the one-year Xihu trial) is refused, never silently used or replaced.
    /// </summary>
    public PolicyPackLookup Resolve(string packId, DateOnly valuationDate)
    {
        if (Find(packId) is not { } pack)
        {
            return PolicyPackLookup.Failed(new PolicyPackNotFound(packId));
        }

        return pack.Effective.Covers(valuationDate)
            ? PolicyPackLookup.Found(pack)
            : PolicyPackLookup.Failed(new PolicyPackNotInForce(packId, valuationDate, pack.Effective));
    }

    /// <summary>The single pack for exactly this district in force on the date.</summary>
    public PolicyPackLookup ResolveInForce(string district, DateOnly valuationDate)
    {
        var inForce = _byId.Values
            .Where(p => p.District == district && p.Effective.Covers(valuationDate))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToArray();
        return inForce.Length switch
        {
            0 => PolicyPackLookup.Failed(new NoPolicyPackInForce(district, valuationDate)),
            1 => PolicyPackLookup.Found(inForce[0]),
            _ => PolicyPackLookup.Failed(new PolicyPackAmbiguous(district, valuationDate, inForce.Select(p => p.Id).ToArray())),
        };
    }

    public PolicyPackLookup Resolve(PolicyPackReference reference, DateOnly valuationDate) =>
        reference.PackId is { } id ? Resolve(id, valuationDate) : ResolveInForce(reference.District ?? "", valuationDate);

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' vanished");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
