namespace LandPlatform.Grpc;

/// <summary>
/// A non-OK gRPC status. Handlers throw it for domain outcomes (NotFound, InvalidArgument,
/// FailedPrecondition…), which reach the caller as <c>grpc-status</c>/<c>grpc-message</c>;
/// the client throws it for every non-OK status it receives or synthesizes.
/// </summary>
public sealed class GrpcException : Exception
{
    public GrpcException(GrpcStatusCode statusCode, string detail, Exception? innerException = null)
        : base($"Status(StatusCode=\"{statusCode}\", Detail=\"{detail}\")", innerException)
    {
        StatusCode = statusCode;
        Detail = detail;
    }

    public GrpcStatusCode StatusCode { get; }

    /// <summary>The status message as sent in <c>grpc-message</c> (already percent-decoded).</summary>
    public string Detail { get; }
}
