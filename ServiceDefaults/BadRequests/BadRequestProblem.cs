using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>
/// A request the endpoint could not even read, as a problem: 400 naming each field and rule (the same
/// <c>errors</c> and <c>violations</c> as a validation problem), 413 for a body over the limit, 415 for a body
/// that is not JSON. Built from what minimal APIs throw (<see cref="BadHttpRequestException"/>, with
/// <c>RouteHandlerOptions.ThrowOnBadRequest</c> on in every environment) and from a <see cref="JsonException"/>
/// an endpoint lets escape while reading its own input.
/// </summary>
public sealed partial record BadRequestProblem(int Status, string Title, IReadOnlyList<RequestViolation> Violations)
{
    public const string Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    /// <summary>The problem for <paramref name="error"/>, or null when it is not about the request.</summary>
    public static BadRequestProblem? For(HttpContext context, Exception error)
    {
        ArgumentNullException.ThrowIfNull(context);
        return error switch
        {
            BadHttpRequestException { InnerException: JsonException json } bad => Invalid(bad.StatusCode, JsonViolation.From(json, BodyType(context))),
            BadHttpRequestException bad => FromBadRequest(bad),
            JsonException json => Invalid(StatusCodes.Status400BadRequest, JsonViolation.From(json, BodyType(context))),
            _ => null,
        };
    }

    public static BadRequestProblem TooLarge(long? limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        [new(JsonViolation.Body, "TooLarge", limit is { } max ? $"the request body must be at most {max} bytes" : "the request body is too large")]);

    public async Task WriteAsync(HttpContext context, Exception? error = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var byField = Violations
            .GroupBy(v => v.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray(), StringComparer.Ordinal);
        context.Response.StatusCode = Status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = error,
            ProblemDetails =
            {
                Status = Status,
                Title = Title,
                Type = Status == StatusCodes.Status400BadRequest ? Type : null,
                Detail = "The request has invalid fields: " + string.Join(", ", byField.Keys) + ".",
                Extensions =
                {
                    ["errors"] = byField,
                    ["violations"] = Violations.Select(v => new { field = v.Field, rule = v.Rule, message = v.Message }).ToArray(),
                },
            },
        });
    }

    private static BadRequestProblem Invalid(int status, RequestViolation violation) =>
        new(status, "The request is not valid", [violation]);

    private static BadRequestProblem FromBadRequest(BadHttpRequestException error)
    {
        var message = error.Message;
        if (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(null);
        }

        if (error.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new(error.StatusCode, "Unsupported request body",
                [new(JsonViolation.Body, "JsonContentTypeRequired", "the request body must be JSON (Content-Type: application/json)")]);
        }

        if (ImplicitBodyMissing().IsMatch(message) || message.EndsWith("was not provided from body.", StringComparison.Ordinal))
        {
            return Invalid(error.StatusCode, new(JsonViolation.Body, "Required", "the request body must be a JSON object (it is empty or null)"));
        }

        if (NotProvided().Match(message) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return Invalid(error.StatusCode, new(name, "Required", $"{name} is required ({missing.Groups["source"].Value})"));
        }

        if (NotBound().Match(message) is { Success: true } unbound)
        {
            var name = unbound.Groups["name"].Value;
            return Invalid(error.StatusCode, new(name, "InvalidValue", $"{name} must be {Describe(unbound.Groups["type"].Value)}"));
        }

        // Anything else Kestrel or the binder refuses (a truncated body, an unreadable form): the request as a whole.
        return new(error.StatusCode, "The request is not valid", [new("request", "BadRequest", message)]);
    }

    private static string Describe(string typeName) => typeName.TrimEnd('?') switch
    {
        "Guid" => "a GUID",
        "Int32" or "Int64" or "int" or "long" => "a whole number",
        "Decimal" or "Double" or "decimal" or "double" => "a number",
        "DateOnly" => "a date as yyyy-MM-dd",
        "DateTimeOffset" or "DateTime" => "a date and time (ISO 8601)",
        "Boolean" or "bool" => "true or false",
        var other => $"a valid {other}",
    };

    private static Type? BodyType(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    // Minimal APIs' messages (RequestDelegateFactory): the only place they name the parameter.
    [GeneratedRegex("^Implicit body inferred for parameter \"[^\"]*\" but no body was provided")]
    private static partial Regex ImplicitBodyMissing();

    [GeneratedRegex("^Required parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" was not provided from (?<source>[^.]+)\\.")]
    private static partial Regex NotProvided();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"")]
    private static partial Regex NotBound();
}
