using LandPlatform.IntegrationContracts.Credit;
using Microsoft.AspNetCore.Routing;

namespace LandPlatform.Grpc.Tests.TestServer;

/// <summary>
/// Test-only methods reusing the credit messages: the request's uscc carries the test's key
/// (so concurrent tests never share a signal) and the response's uscc carries what was observed.
/// </summary>
public static class ProbeService
{
    public const string Name = "landplatform.test.v1.Probe";
    public const string SecretText = "Password=hunter2;Host=10.0.0.7";

    public static void Map(IEndpointRouteBuilder endpoints, CallSignals signals) =>
        endpoints.MapGrpcService(Name)
            .MapUnary<CheckRequest, CheckResponse>("Echo", (request, _) => Task.FromResult(new CheckResponse { Uscc = request.Uscc }))
            .MapUnary<CheckRequest, CheckResponse>("Throw", (_, _) => throw new InvalidOperationException(SecretText))
            .MapUnary<CheckRequest, CheckResponse>("Fail", (request, _) => throw new GrpcException(GrpcStatusCode.FailedPrecondition, request.Uscc))
            .MapUnary<CheckRequest, CheckResponse>("Describe", (request, context) => Task.FromResult(new CheckResponse
            {
                Uscc = string.Join(
                    "|",
                    context.Deadline == DateTime.MaxValue ? "no-deadline" : "deadline",
                    "te=" + context.RequestHeaders.TE,
                    "timeout=" + context.RequestHeaders["grpc-timeout"],
                    "audit=" + context.RequestHeaders["x-audit-id"]),
            }))
            .MapUnary<CheckRequest, CheckResponse>("WaitForCancel", async (request, context) =>
            {
                signals.Get(request.Uscc + ":started").TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    signals.Get(request.Uscc + ":cancelled").TrySetResult();
                    throw;
                }

                return new CheckResponse();
            })
            .MapUnary<CheckRequest, CheckResponse>("IgnoreCancel", async (request, _) =>
            {
                // Deliberately ignores its token: the deadline must still be answered on time.
                await Task.Delay(TimeSpan.FromSeconds(3));
                signals.Get(request.Uscc + ":finished").TrySetResult();
                return new CheckResponse { Uscc = "too late" };
            });
}
