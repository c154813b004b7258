using LandPlatform.Credit.Domain;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Credit.Api;

/// <summary>Request pieces shared by the endpoints, validated into <see cref="ValidationErrors"/> by field name.</summary>
internal static class RequestParsing
{
    /// <summary>An enum member by name (case-insensitive); numbers are refused, so a client cannot send an undefined value.</summary>
    public static TEnum? Enum<TEnum>(this ValidationErrors errors, string field, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
            return null;
        }

        if (value.Trim().All(c => char.IsDigit(c) || c == '-')
            || !System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed)
            || !System.Enum.IsDefined(parsed))
        {
            errors.Add(field, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
            return null;
        }

        return parsed;
    }

    public static List<EvidenceReference> Evidence(this ValidationErrors errors, string field, IReadOnlyList<EvidenceRequest?>? evidence)
    {
        var result = new List<EvidenceReference>();
        for (var i = 0; i < (evidence?.Count ?? 0); i++)
        {
            var item = evidence![i];
            var id = errors.Required($"{field}[{i}].id", item?.Id);
            var title = errors.Required($"{field}[{i}].title", item?.Title, maxLength: 500);
            if (id is not null && title is not null)
            {
                result.Add(new EvidenceReference(id, title));
            }
        }

        return result;
    }

    /// <summary>
    /// The document, if the request names one. A document left out entirely is passed on as null so the
    /// domain refuses it by its rule (ListingMustRestOnALegallyEffectiveDocument, with the clause).
    /// </summary>
    public static LegalDocument? Document(this ValidationErrors errors, string field, DocumentRequest? document)
    {
        if (document is null)
        {
            return null;
        }

        var type = errors.Required($"{field}.type", document.Type, maxLength: 100);
        var number = errors.Required($"{field}.number", document.Number, maxLength: 100);
        var date = errors.Required($"{field}.date", document.Date);
        return type is null || number is null || date is null ? null : new LegalDocument(type, number, date.Value);
    }

    /// <summary>The person acting, as the domain records them (id from the identity provider, display name).</summary>
    public static Actor ToDomainActor(this CurrentActor actor) =>
        new(actor.PersonId ?? "anonymous", string.IsNullOrWhiteSpace(actor.Name) ? actor.PersonId ?? "anonymous" : actor.Name);
}
