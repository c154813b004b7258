using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>
/// Answers a request that cannot be read with its <see cref="BadRequestProblem"/> instead of letting the
/// exception reach the 500 handler: a declared body over the server's limit is refused before anything reads
/// it, and what the binder or the endpoint throws about the request becomes a 400/413/415 problem. It runs
/// twice in a service: outermost (MapDefaultEndpoints, for the gateway, the issuer and anything before
/// authentication) and right before the endpoint (UsePlatformAuthentication), so the audit trail records a
/// rejected request as <c>rejected:400</c>, not <c>failed:500</c>. A gRPC call whose message cannot be read gets
/// INTERNAL rather than UNKNOWN (<see cref="GrpcUnreadableMessage"/>).
/// </summary>
internal sealed partial class BadRequestProblemMiddleware(RequestDelegate next, ILogger<BadRequestProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } declared
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
            && declared > limit)
        {
            await BadRequestProblem.TooLarge(limit).WriteAsync(context);
            return;
        }

        try
        {
            await next(context);
            GrpcUnreadableMessage.Correct(context);
        }
        catch (Exception error) when (!context.Response.HasStarted && BadRequestProblem.For(context, error) is { } problem)
        {
            LogRefused(logger, context.Request.Method, context.Request.Path, problem.Status, problem.Violations[0].Rule, problem.Violations[0].Field);
            context.Response.Clear();
            await problem.WriteAsync(context, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} refused with {Status}: {Rule} at {Field}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, int status, string rule, string field);
}
