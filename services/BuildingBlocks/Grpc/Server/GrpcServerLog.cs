using Microsoft.Extensions.Logging;

namespace LandPlatform.Grpc.Server;

internal static partial class GrpcServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled exception in gRPC method {Service}/{Method}; answered UNKNOWN.")]
    public static partial void HandlerFailed(ILogger logger, string service, string method, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Invalid grpc-timeout header value '{Timeout}' has been ignored.")]
    public static partial void InvalidTimeoutIgnored(ILogger logger, string timeout);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "gRPC call {Service}/{Method} exceeded its deadline of {Timeout}.")]
    public static partial void DeadlineExceeded(ILogger logger, string service, string method, TimeSpan timeout);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "gRPC call {Service}/{Method} was cancelled by the client.")]
    public static partial void CancelledByClient(ILogger logger, string service, string method);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "gRPC request with unsupported content type '{ContentType}' answered 415.")]
    public static partial void UnsupportedContentType(ILogger logger, string? contentType);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "gRPC call {Path} has no handler; answered UNIMPLEMENTED.")]
    public static partial void Unimplemented(ILogger logger, string path);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "gRPC call {Service}/{Method} finished with {Status}: {Detail}")]
    public static partial void CallFailed(ILogger logger, string service, string method, GrpcStatusCode status, string detail);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "gRPC method {Service}/{Method} failed after its deadline had already been answered.")]
    public static partial void HandlerFailedAfterDeadline(ILogger logger, string service, string method, Exception exception);
}
