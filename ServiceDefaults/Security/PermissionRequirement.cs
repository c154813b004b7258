using Microsoft.AspNetCore.Authorization;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>The endpoint needs <see cref="Permission"/>; kept on the failure so a 403 can name it.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Judges a <see cref="PermissionRequirement"/> against <see cref="Permissions.Table"/>.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (Permissions.Admits(requirement.Permission, CurrentActor.From(context.User)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
