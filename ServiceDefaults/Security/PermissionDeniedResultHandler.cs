using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// Turns a forbidden outcome into a 403 problem naming the missing permission (the default answer
/// is an empty 403 the clerk cannot act on). Challenges still go to the bearer handler, which
/// writes the 401 problem.
/// </summary>
internal sealed class PermissionDeniedResultHandler(ILogger<PermissionDeniedResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || context.User.Identity?.IsAuthenticated != true)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var actor = CurrentActor.From(context.User);
        var missing = authorizeResult.AuthorizationFailure?.FailedRequirements
            .OfType<PermissionRequirement>().Select(r => r.Permission).Distinct().ToList() ?? [];
        SecurityLog.PermissionDenied(logger, actor.PersonId, actor.Bureau, actor.Role, string.Join(",", missing), context.Request.Method, context.Request.Path);

        if (GrpcAuthResponse.IsGrpc(context.Request))
        {
            await GrpcAuthResponse.WriteAsync(context.Response, GrpcAuthResponse.PermissionDenied,
                missing.Count == 0 ? "permission denied" : "missing permission " + string.Join(",", missing));
            return;
        }

        var problem = missing.Count == 0 ? AuthProblems.Forbidden(actor) : AuthProblems.MissingPermission(actor, missing);
        await problem.ExecuteAsync(context);
    }
}
