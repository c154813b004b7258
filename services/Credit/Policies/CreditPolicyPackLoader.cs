using System.Text.Json;
using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Policies;

/// <summary>Reads and validates one pack version's credit part from JSON into a <see cref="CreditPolicy"/>.</summary>
public static class CreditPolicyPackLoader
{
    // Sanity bounds, not policy: a value outside them is a typo in the data, not a district's choice.
    private const int MaxObjectionDays = 90;
    private const int MaxListingYears = 10;
    private const int MaxIdleYears = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="PolicyPackInvalidException">The JSON is malformed or a value is missing or out of bounds.</exception>
    public static CreditPolicy Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        CreditPolicyPackDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<CreditPolicyPackDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw new PolicyPackInvalidException(source, [$"not valid JSON: {e.Message}"]);
        }

        var problems = new List<string>();
        if (doc is null)
        {
            throw new PolicyPackInvalidException(source, ["empty document"]);
        }

        Require(problems, doc.Id, "id");
        Require(problems, doc.Title, "title");
        Require(problems, doc.EffectivePeriodClause, "effectivePeriodClause");
        if (doc.Version is not > 0)
        {
            problems.Add("version must be a positive number");
        }

        if (doc.EffectiveFrom is null)
        {
            problems.Add("effectiveFrom is required");
        }
        else if (doc.EffectiveTo is { } to && to < doc.EffectiveFrom)
        {
            problems.Add($"effectiveTo {to:yyyy-MM-dd} is before effectiveFrom {doc.EffectiveFrom:yyyy-MM-dd}");
        }

        // The document's identity is the platform's (IntegrationContracts.PolicyPacks), not this file's to vary.
        problems.AddRange(LandPlatform.IntegrationContracts.PolicyPacks.PolicyPackRegistry.Mismatches(
            doc.Id, doc.Version, doc.Title, doc.DocumentNumber, doc.District, doc.EffectiveFrom, doc.EffectiveTo));

        var credit = doc.Credit;
        if (credit is null)
        {
            problems.Add("credit section is required");
            throw new PolicyPackInvalidException(source, problems);
        }

        Require(problems, credit.DueProcessClause, "credit.dueProcessClause");
        var objection = ReadObjectionPeriod(credit.ObjectionPeriod, problems);
        var periods = ReadListingPeriods(credit.ListingPeriod, problems);
        var legalBasis = ReadLegalBasis(credit.LegalBasis, problems);
        var idle = ReadYears(credit.IdleLandBeforeListing, "credit.idleLandBeforeListing", MaxIdleYears, problems);

        if (problems.Count > 0)
        {
            throw new PolicyPackInvalidException(source, problems);
        }

        return new CreditPolicy(
            doc.Id!.Trim(),
            doc.Version!.Value,
            doc.Title!,
            doc.EffectiveFrom!.Value,
            doc.EffectiveTo,
            credit.DueProcessClause!,
            objection!,
            periods!,
            legalBasis!,
            new IdleLandThreshold(idle!.Value.Years, idle.Value.Clause));
    }

    private static ObjectionPeriod? ReadObjectionPeriod(ObjectionPeriodDocument? doc, List<string> problems)
    {
        if (doc is null)
        {
            problems.Add("credit.objectionPeriod is required");
            return null;
        }

        Require(problems, doc.Clause, "credit.objectionPeriod.clause");
        if (doc.CalendarDays is not (> 0 and <= MaxObjectionDays))
        {
            problems.Add($"credit.objectionPeriod.calendarDays must be 1-{MaxObjectionDays} (calendar days; working days are not supported)");
            return null;
        }

        return new ObjectionPeriod(doc.CalendarDays.Value, doc.Clause ?? string.Empty);
    }

    private static Dictionary<ListingReason, ListingPeriod>? ReadListingPeriods(ListingPeriodsDocument? doc, List<string> problems)
    {
        if (doc is null)
        {
            problems.Add("credit.listingPeriod is required");
            return null;
        }

        var fallback = ReadYears(doc.Default, "credit.listingPeriod.default", MaxListingYears, problems);
        var byReason = new Dictionary<ListingReason, ListingPeriod>();
        foreach (var (name, value) in doc.ByReason ?? [])
        {
            if (!TryReason(name, problems, "credit.listingPeriod.byReason", out var reason))
            {
                continue;
            }

            if (ReadYears(value, $"credit.listingPeriod.byReason.{name}", MaxListingYears, problems) is { } years)
            {
                byReason[reason] = new ListingPeriod(years.Years, years.Clause);
            }
        }

        if (fallback is null)
        {
            return null;
        }

        return Enum.GetValues<ListingReason>().ToDictionary(
            r => r, r => byReason.TryGetValue(r, out var p) ? p : new ListingPeriod(fallback.Value.Years, fallback.Value.Clause));
    }

    private static Dictionary<ListingReason, string>? ReadLegalBasis(LegalBasisDocument? doc, List<string> problems)
    {
        if (doc is null || string.IsNullOrWhiteSpace(doc.Default))
        {
            problems.Add("credit.legalBasis.default is required");
            return null;
        }

        var byReason = new Dictionary<ListingReason, string>();
        foreach (var (name, clause) in doc.ByReason ?? [])
        {
            if (!TryReason(name, problems, "credit.legalBasis.byReason", out var reason))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(clause))
            {
                problems.Add($"credit.legalBasis.byReason.{name} is empty");
                continue;
            }

            byReason[reason] = clause;
        }

        return Enum.GetValues<ListingReason>().ToDictionary(r => r, r => byReason.GetValueOrDefault(r, doc.Default));
    }

    private static (int Years, string Clause)? ReadYears(YearsDocument? doc, string path, int max, List<string> problems)
    {
        if (doc is null)
        {
            problems.Add($"{path} is required");
            return null;
        }

        var ok = true;
        if (string.IsNullOrWhiteSpace(doc.Clause))
        {
            problems.Add($"{path}.clause is required: every number cites its clause");
            ok = false;
        }

        if (doc.Years is not (> 0 and var y) || y > max)
        {
            problems.Add($"{path}.years must be 1-{max}");
            ok = false;
        }

        return ok ? (doc.Years!.Value, doc.Clause!) : null;
    }

    private static bool TryReason(string name, List<string> problems, string path, out ListingReason reason)
    {
        if (Enum.TryParse(name, ignoreCase: false, out reason) && Enum.IsDefined(reason))
        {
            return true;
        }

        problems.Add($"{path}: unknown reason '{name}' (expected one of {string.Join(", ", Enum.GetNames<ListingReason>())})");
        return false;
    }

    private static void Require(List<string> problems, string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{path} is required");
        }
    }
}
