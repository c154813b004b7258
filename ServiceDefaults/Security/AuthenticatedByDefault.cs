using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// The fallback for endpoints that name no permission: the caller must be authenticated, so an
/// endpoint someone forgot to protect is still closed to the anonymous. Health probes stay open
/// (the AppHost and the gateway carry no token); anything else public says so with
/// <c>.AllowAnonymous()</c> (e.g. the blacklist disclosure).
/// </summary>
public sealed record AuthenticatedByDefault : IAuthorizationRequirement
{
    internal static readonly PathString[] OpenPaths = ["/health", "/alive"];
}

internal sealed class AuthenticatedByDefaultHandler : AuthorizationHandler<AuthenticatedByDefault>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AuthenticatedByDefault requirement)
    {
        var path = context.Resource switch
        {
            HttpContext http => http.Request.Path,
            _ => PathString.Empty,
        };
        if (context.User.Identity?.IsAuthenticated == true || AuthenticatedByDefault.OpenPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
