using Microsoft.AspNetCore.Http;

namespace LandPlatform.Grpc;

/// <summary>What a unary handler knows about its call besides the request message.</summary>
public sealed class GrpcCallContext
{
    internal GrpcCallContext(HttpContext httpContext, string service, string method, DateTime deadline, CancellationToken cancellationToken)
    {
        HttpContext = httpContext;
        Service = service;
        Method = method;
        Deadline = deadline;
        CancellationToken = cancellationToken;
    }

    public HttpContext HttpContext { get; }

    public IServiceProvider RequestServices => HttpContext.RequestServices;

    /// <summary>Fully-qualified service name, e.g. "landplatform.credit.v1.CreditCheck".</summary>
    public string Service { get; }

    public string Method { get; }

    /// <summary>UTC deadline from grpc-timeout; <see cref="DateTime.MaxValue"/> when none was sent.</summary>
    public DateTime Deadline { get; }

    /// <summary>Cancelled when the client disconnects or resets the stream, or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Request metadata (custom metadata arrives as ordinary HTTP/2 headers).</summary>
    public IHeaderDictionary RequestHeaders => HttpContext.Request.Headers;
}
