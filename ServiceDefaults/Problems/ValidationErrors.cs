using LandPlatform.IntegrationContracts.Enterprises;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.ServiceDefaults.Problems;

/// <summary>
/// Collects what is wrong with a request, field by field (camelCase names as the client sent them),
/// so one 400 problem tells the clerk every mistake at once.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public string? Required(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters");
            return null;
        }

        return trimmed;
    }

    public T? Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, "is required");
        }

        return value;
    }

    public decimal? Positive(string field, decimal? value)
    {
        if (Required(field, value) is { } v && v <= 0)
        {
            Add(field, "must be greater than 0");
            return null;
        }

        return value;
    }

    public UnifiedSocialCreditCode? Uscc(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return null;
        }

        if (!UnifiedSocialCreditCode.TryParse(value, out var code, out var error))
        {
            Add(field, error);
            return null;
        }

        return code;
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        detail: "The request has invalid fields: " + string.Join(", ", _errors.Keys) + ".",
        title: "The request is not valid");

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
