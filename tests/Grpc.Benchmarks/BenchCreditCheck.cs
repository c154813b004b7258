using Grpc.Core;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.IntegrationContracts.Enterprises;

namespace LandPlatform.Grpc.Benchmarks;

/// <summary>
/// credit's contract without its database: validates the code as credit does and answers a clear
/// standing. No I/O, so the figures measure the gRPC stack (framing, routing, protobuf, the call
/// pipeline) rather than SQLite, which would dilute the difference to the bare handler.
/// </summary>
internal sealed class BenchCreditCheck : CreditCheck.CreditCheckBase
{
    public override Task<CheckResponse> Check(CheckRequest request, ServerCallContext context)
    {
        if (!UnifiedSocialCreditCode.TryParse(request.Uscc, out var code, out var error))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"uscc {error}"));
        }

        return Task.FromResult(new CheckResponse { Uscc = code.Value, Blacklisted = false, Status = CreditStanding.Clear });
    }
}
