using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>Wiring of the platform's bad-request handling; see ServiceDefaults/BadRequests/README.md.</summary>
public static class BadRequestDefaults
{
    /// <summary>Strict JSON for every minimal API body, and binding failures thrown (then answered) in every environment.</summary>
    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o => StrictJson.Configure(o.SerializerOptions));
        // Minimal APIs throw on a request they cannot bind only in Development and otherwise answer an empty 400
        // that names nothing; thrown everywhere, BadRequestProblemMiddleware turns it into the same problem.
        services.PostConfigure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Answers unreadable requests with a problem from here inwards.</summary>
    public static IApplicationBuilder UseBadRequestProblems(this IApplicationBuilder app) =>
        app.UseMiddleware<BadRequestProblemMiddleware>();
}
