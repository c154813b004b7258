using Google.Protobuf.WellKnownTypes;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.Grpc;
using LandPlatform.Grpc.Clients;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Credit.Api;

/// <summary><c>landplatform.credit.v1.CreditCheck</c>: the question admission and contracts ask before supplying land.</summary>
public static class CreditCheckGrpc
{
    public static void MapCreditCheckGrpc(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService(CreditCheckClient.ServiceName)
            .MapUnary<CheckRequest, CheckResponse>("Check", Check)
            .RequirePermission(Permissions.CreditCheck);
    }

    private static async Task<CheckResponse> Check(CheckRequest request, GrpcCallContext context)
    {
        if (!UnifiedSocialCreditCode.TryParse(request.Uscc, out var code, out var error))
        {
            throw new GrpcException(GrpcStatusCode.InvalidArgument, $"uscc {error}");
        }

        var db = context.RequestServices.GetRequiredService<CreditDbContext>();
        var listings = await CreditFile.EffectiveListings(db, code.Value, context.CancellationToken);
        var response = new CheckResponse { Uscc = code.Value, Blacklisted = listings.Count > 0 };
        response.Listings.AddRange(listings.Select(l => new IntegrationContracts.Credit.Listing
        {
            ListingId = l.Id.ToString(),
            Reason = l.Reason,
            ListedAt = Timestamp.FromDateTimeOffset(l.ListedAt),
        }));
        return response;
    }
}
