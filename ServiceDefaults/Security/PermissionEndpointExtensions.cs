using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace LandPlatform.ServiceDefaults.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>
    /// Only callers holding <paramref name="permission"/> reach the endpoint(s): no token → 401,
    /// token without the permission → 403 naming it. Works on route groups, single endpoints and
    /// gRPC service builders. Several calls stack (all are required).
    /// </summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        Permissions.Require(permission);
        var policy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission))
            .Build();
        return builder.RequireAuthorization(policy);
    }
}
