using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.ServiceDefaults.Problems;

/// <summary>
/// Every error response is an RFC 7807 problem detail carrying the trace id, so a clerk's error
/// report leads an operator straight to the trace.
/// </summary>
public static class ProblemDetailsDefaults
{
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
        });
        return services;
    }

    public static WebApplication UsePlatformProblemDetails(this WebApplication app)
    {
        // Unhandled exceptions become a 500 problem without internals; empty 4xx/5xx responses
        // (404 on an unknown route, 405, 415) get a problem body too.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
