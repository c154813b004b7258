namespace LandPlatform.Gateway.Protection;

internal static partial class GatewayProtectionLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Write rate limit reached for {Subject} from {Address} on {Method} {Path}")]
    public static partial void WriteRateLimited(ILogger logger, string subject, string address, string method, string path);
}
