using LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Grpc.Clients;

/// <summary>landplatform.credit.v1.CreditCheck: is this enterprise barred right now?</summary>
public sealed class CreditCheckClient(GrpcChannel channel)
{
    public const string ServiceName = "landplatform.credit.v1.CreditCheck";

    public Task<CheckResponse> CheckAsync(CheckRequest request, GrpcCallOptions? options = null) =>
        channel.UnaryAsync<CheckRequest, CheckResponse>(ServiceName, "Check", request, options);
}
