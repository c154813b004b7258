using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Api;

/// <summary>
/// Someone (or a scheduled job) changed the resource between our read and our save: a 409 problem
/// (<c>rule</c> = <c>ConcurrentChange</c>). Nothing of ours was stored; the client reads it again and
/// decides on what is there now. An endpoint filter for the same reason as the business-rule one: the
/// audit middleware records the rejection as 409. It lives with the service's database, not in the
/// service defaults, so processes without EF Core (gateway, issuer) do not ship it.
/// </summary>
internal sealed class ConcurrentChangeProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The resource changed meanwhile",
                detail: "It was changed by another decision while this one was made. Nothing was stored; read it again.",
                extensions: new Dictionary<string, object?> { ["rule"] = "ConcurrentChange" });
        }
    }
}

internal static class ConcurrentChangeProblemExtensions
{
    public static TBuilder WithConcurrentChangeProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ConcurrentChangeProblemFilter>();
}
