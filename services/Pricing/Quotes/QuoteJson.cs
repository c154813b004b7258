using System.Text.Encodings.Web;
using System.Text.Json;
using LandPlatform.Pricing.Domain.Explanation;

namespace LandPlatform.Pricing.Quotes;

/// <summary>
/// How a quote's steps, warnings and inputs are kept in the database: one fixed serializer, independent of
/// the HTTP options, so a stored quote reads back the same whatever the API's settings become.
/// </summary>
public static class QuoteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Clauses are Chinese; an operator reading the table should see them, not \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Steps(IReadOnlyList<PricingStep> steps) => JsonSerializer.Serialize(steps, Options);

    public static string Warnings(IReadOnlyList<PricingWarning> warnings) => JsonSerializer.Serialize(warnings, Options);

    public static string Input<T>(T input) => JsonSerializer.Serialize(input, Options);

    public static IReadOnlyList<PricingStep> ReadSteps(string json) =>
        JsonSerializer.Deserialize<PricingStep[]>(json, Options) ?? [];

    public static IReadOnlyList<PricingWarning> ReadWarnings(string json) =>
        JsonSerializer.Deserialize<PricingWarning[]>(json, Options) ?? [];

    public static T? ReadInput<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}
