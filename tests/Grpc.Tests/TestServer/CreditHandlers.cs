using Google.Protobuf.WellKnownTypes;
using LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Grpc.Tests.TestServer;

/// <summary>A stand-in for the credit office: one listed enterprise, everything else unknown.</summary>
public static class CreditHandlers
{
    public const string ListedUscc = "91350200MA2XXXXX1L";
    public const string ClearUscc = "91350200MA2YYYYY2M";
    public const string ListingReason = "闲置土地满两年，列入失信名单";

    public static string NotFoundDetail(string uscc) => $"未找到统一社会信用代码为 {uscc} 的企业";

    public static Task<CheckResponse> CheckAsync(CheckRequest request, GrpcCallContext context)
    {
        if (string.IsNullOrEmpty(request.Uscc))
        {
            throw new GrpcException(GrpcStatusCode.InvalidArgument, "uscc is required.");
        }

        var response = request.Uscc switch
        {
            ListedUscc => new CheckResponse
            {
                Uscc = request.Uscc,
                Blacklisted = true,
                Listings =
                {
                    new Listing { ListingId = "L-2024-007", Reason = ListingReason, ListedAt = Timestamp.FromDateTime(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc)) },
                },
            },
            ClearUscc => new CheckResponse { Uscc = request.Uscc, Blacklisted = false },
            _ => throw new GrpcException(GrpcStatusCode.NotFound, NotFoundDetail(request.Uscc)),
        };
        return Task.FromResult(response);
    }
}
