using LandPlatform.Messaging.Operations;
using Microsoft.AspNetCore.Routing;

// In ASP.NET Core's namespace (as ServiceDefaults' extensions are in Microsoft.Extensions.Hosting) so a service's
// Program.cs maps the API with one line and no extra using.
namespace Microsoft.AspNetCore.Builder;

public static class MessagingOperationsEndpointExtensions
{
    /// <summary>
    /// Maps <c>/operations/messages</c> (see <see cref="MessagingOperationsApi"/>). Which permission each endpoint
    /// needs is decided inside; <paramref name="requirePermission"/> only applies one —
    /// <c>app.MapMessagingOperations((endpoints, permission) =&gt; endpoints.RequirePermission(permission))</c> —
    /// because the permission machinery lives in ServiceDefaults, which Messaging does not reference. An endpoint
    /// left without authorization fails at start-up rather than opening replay to every signed-in user.
    /// </summary>
    public static RouteGroupBuilder MapMessagingOperations(
        this IEndpointRouteBuilder app, Action<RouteGroupBuilder, string> requirePermission) =>
        MessagingOperationsApi.Map(app, requirePermission);
}
