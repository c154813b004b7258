using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Credit.Api;

/// <summary>Only callers holding <see cref="Permissions.CreditCheck"/> (admission's and contracts' service identities) reach it.</summary>
public static class CreditCheckGrpcExtensions
{
    public static void MapCreditCheckGrpc(this IEndpointRouteBuilder app) =>
        app.MapGrpcService<CreditCheckGrpc>().RequirePermission(Permissions.CreditCheck);
}
