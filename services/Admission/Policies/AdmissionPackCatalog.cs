using System.Text.Json;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Units;
using LandPlatform.IntegrationContracts.PolicyPacks;

namespace LandPlatform.Admission.Policies;

/// <summary>
/// Admission's part of every policy pack, read from the embedded files (one per pack version) and checked at
/// start-up: a pack with an unknown indicator or unit, or a clause missing, stops the service rather than
/// judging an application by it.
/// </summary>
public sealed class AdmissionPackCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, List<AdmissionPack>> _byId;

    public AdmissionPackCatalog(IEnumerable<AdmissionPack> packs)
    {
        _byId = packs.GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Identity.Version).ToList(), StringComparer.Ordinal);
    }

    public IEnumerable<AdmissionPack> Current => _byId.Values.Select(v => v[^1]);

    /// <summary>The newest version of the pack (a standard records the version it was drafted under).</summary>
    public AdmissionPack? Find(string? id) => id is not null && _byId.TryGetValue(id.Trim(), out var versions) ? versions[^1] : null;

    public AdmissionPack? Find(string id, int version) =>
        _byId.TryGetValue(id, out var versions) ? versions.FirstOrDefault(p => p.Identity.Version == version) : null;

    public static AdmissionPackCatalog LoadEmbedded()
    {
        var assembly = typeof(AdmissionPackCatalog).Assembly;
        const string prefix = "LandPlatform.Admission.Policies.Packs.";
        var packs = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd(), n[prefix.Length..]);
            })
            .ToList();
        return new AdmissionPackCatalog(packs);
    }

    /// <exception cref="InvalidDataException">The file is not a valid pack.</exception>
    public static AdmissionPack Parse(string json, string source)
    {
        var doc = JsonSerializer.Deserialize<AdmissionPackDocument>(json, Json)
            ?? throw new InvalidDataException($"{source}: empty document");
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(doc.Id) || string.IsNullOrWhiteSpace(doc.Title) || string.IsNullOrWhiteSpace(doc.IssuingBody)
            || string.IsNullOrWhiteSpace(doc.District) || string.IsNullOrWhiteSpace(doc.EffectivePeriodClause)
            || doc.Version is not > 0 || doc.EffectiveFrom is null)
        {
            problems.Add("id, version, title, issuingBody, district, effectiveFrom and effectivePeriodClause are required");
        }

        // The document's identity is the platform's, the same in pricing and credit (IntegrationContracts.PolicyPacks).
        problems.AddRange(PolicyPackRegistry.Mismatches(doc.Id, doc.Version, doc.Title, doc.DocumentNumber, doc.District, doc.EffectiveFrom, doc.EffectiveTo));
        if (PolicyPackRegistry.Find(doc.Id) is { } known && (known.IssuingBody != doc.IssuingBody || known.EffectivePeriodClause != doc.EffectivePeriodClause))
        {
            problems.Add($"issuingBody and effectivePeriodClause must be the platform's: '{known.IssuingBody}', '{known.EffectivePeriodClause}'");
        }

        var rules = doc.Admission;
        if (rules is null)
        {
            throw new InvalidDataException($"{source}: the admission section is required");
        }

        foreach (var d in rules.Indicators)
        {
            if (IndicatorDefinition.Find(d.Code)?.Unit(d.Unit) is null)
            {
                problems.Add($"indicator {d.Code} in {d.Unit} is not in the indicator table");
            }

            if (string.IsNullOrWhiteSpace(d.Clause))
            {
                problems.Add($"indicator {d.Code} has no clause");
            }
        }

        if (rules.LandUses.Count == 0 || rules.Terms.Count == 0 || rules.JointReview.Bureaus.Count == 0)
        {
            problems.Add("land uses, terms and joint-review bureaus must each name at least one");
        }

        if (rules.Terms.Any(t => t.MaxYears > NationalTerm.IndustrialMaxYears))
        {
            problems.Add($"a term above the national maximum of {NationalTerm.IndustrialMaxYears} years");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{source}: {string.Join("; ", problems)}");
        }

        var identity = new PolicyPackIdentity(doc.Id!.Trim(), doc.Version!.Value, doc.Title!, doc.DocumentNumber, doc.IssuingBody!,
            doc.District!, doc.EffectiveFrom!.Value, doc.EffectiveTo, doc.EffectivePeriodClause!);
        return new AdmissionPack(identity, rules);
    }
}
