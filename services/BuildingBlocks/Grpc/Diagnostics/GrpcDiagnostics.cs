using System.Diagnostics;

namespace LandPlatform.Grpc;

/// <summary>
/// Spans for every call, named and tagged after the OpenTelemetry RPC conventions
/// (span name "package.Service/Method"; rpc.system, rpc.service, rpc.method, rpc.grpc.status_code).
/// Add <see cref="ActivitySourceName"/> to the tracer provider to export them.
/// </summary>
public static class GrpcDiagnostics
{
    public const string ActivitySourceName = "LandPlatform.Grpc";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    internal static Activity? StartCall(string service, string method, ActivityKind kind, ActivityContext parent = default)
    {
        var activity = Source.StartActivity($"{service}/{method}", kind, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("rpc.system", "grpc");
            activity.SetTag("rpc.service", service);
            activity.SetTag("rpc.method", method);
        }

        return activity;
    }

    internal static void SetStatus(Activity? activity, GrpcStatusCode status, bool isServer)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("rpc.grpc.status_code", (int)status);
        if (IsError(status, isServer))
        {
            activity.SetStatus(ActivityStatusCode.Error, status.ToString());
        }
    }

    /// <summary>OTel RPC conventions: a client span errs on any non-OK status; a server span only
    /// on statuses that mean the server failed, not on answers like NOT_FOUND.</summary>
    private static bool IsError(GrpcStatusCode status, bool isServer) => isServer
        ? status is GrpcStatusCode.Unknown or GrpcStatusCode.DeadlineExceeded or GrpcStatusCode.Unimplemented
            or GrpcStatusCode.Internal or GrpcStatusCode.Unavailable or GrpcStatusCode.DataLoss
        : status != GrpcStatusCode.OK;
}
