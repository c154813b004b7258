using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.Security;

internal static partial class SecurityLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Bearer token rejected on {Method} {Path}: {FailureType}: {FailureMessage}")]
    public static partial void TokenRejected(ILogger logger, string method, string path, string failureType, string failureMessage);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Permission denied to {PersonId} (bureau {Bureau}, role {Role}) on {Method} {Path}: missing {Permissions}")]
    public static partial void PermissionDenied(ILogger logger, string? personId, string? bureau, string? role, string permissions, string method, string path);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
        Message = "Service token acquired for client {ClientId}, valid until {ExpiresAt:O}")]
    public static partial void ServiceTokenAcquired(ILogger logger, string clientId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "Service token for client {ClientId} was refused by {Target}; it will be fetched again")]
    public static partial void ServiceTokenRefused(ILogger logger, string clientId, string? target);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug,
        Message = "Bearer challenge on {Method} {Path}: {Error}")]
    public static partial void Challenged(ILogger logger, string method, string path, string error);
}
