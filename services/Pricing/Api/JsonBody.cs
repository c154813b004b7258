using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace LandPlatform.Pricing.Api;

/// <summary>
/// A JSON request body that binds without throwing: either the value or the reason it could not be read
/// (which field, which rule). Minimal APIs would answer an unreadable body with an empty 400 (or a 500
/// with ThrowOnBadRequest); a clerk needs to know which field was wrong, and the audit trail must record a
/// rejection, not a failure.
/// </summary>
public sealed class JsonBody<T>
    where T : class
{
    private JsonBody(T? value, JsonBodyError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public JsonBodyError? Error { get; }

    public static async ValueTask<JsonBody<T>> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasJsonContentType())
        {
            return new(null, new JsonBodyError("body", "JsonContentTypeRequired", "the request body must be JSON (Content-Type: application/json)", StatusCodes.Status415UnsupportedMediaType));
        }

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return value is null
                ? new(null, new JsonBodyError("body", "Required", "the request body must be a JSON object, not null", StatusCodes.Status400BadRequest))
                : new(value, null);
        }
        catch (JsonException ex)
        {
            return new(null, JsonBodyError.From(ex, typeof(T)));
        }
    }
}
