namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// No service token could be obtained. An <see cref="HttpRequestException"/>, so callers (and the
/// gRPC transport) treat it like the target being unreachable: the call did not happen.
/// </summary>
public sealed class ServiceTokenUnavailableException(string message, Exception? inner = null)
    : HttpRequestException(message, inner);
