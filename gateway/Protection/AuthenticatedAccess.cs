using LandPlatform.Gateway.Routing;
using Microsoft.AspNetCore.Authentication;

namespace LandPlatform.Gateway.Protection;

/// <summary>
/// Deny by default: apart from health and the public disclosure, nothing is forwarded for an
/// anonymous caller (401 problem from the bearer handler). The gateway checks only that the
/// caller is someone; each service checks what that someone may do. The web portal's pages pass: the portal signs
/// people in itself and calls the APIs back through this gate with their tokens.
/// </summary>
internal static class AuthenticatedAccess
{
    private static readonly PathString[] AlwaysPublic = ["/health", "/alive"];

    public static IApplicationBuilder UseAuthenticatedAccess(this IApplicationBuilder app, GatewayProtectionOptions options)
    {
        var publicPaths = AlwaysPublic.Concat(options.PublicPaths.Select(p => new PathString(p.TrimEnd('/')))).ToArray();
        return app.Use(async (context, next) =>
        {
            // StartsWithSegments ignores case like YARP's route matching, so /API/Credit/... is judged the same.
            if (PortalRoute.IsUnknownApiPath(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (context.User.Identity?.IsAuthenticated == true || publicPaths.Any(p => context.Request.Path.StartsWithSegments(p))
                || PortalRoute.Serves(context))
            {
                await next(context);
                return;
            }

            await context.ChallengeAsync();
        });
    }
}
