using System.Globalization;
using System.Threading.RateLimiting;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace LandPlatform.Gateway.Protection;

/// <summary>
/// Writes are limited per user (<c>sub</c>) and per client address, both at once: a user cannot
/// dodge the limit by changing address, nor many tokens by sharing one. Rejections are 429
/// problems with Retry-After.
/// </summary>
internal static class WriteRateLimiting
{
    public static IServiceCollection AddWriteRateLimiting(this IServiceCollection services, WriteRateLimitOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsWrite(context) && context.User.FindFirst(PlatformClaims.Subject)?.Value is { } subject
                        ? Window("user:" + subject, options.WritesPerUser, options.Window)
                        : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsWrite(context)
                        ? Window("address:" + context.Connection.RemoteIpAddress, options.WritesPerAddress, options.Window)
                        : RateLimitPartition.GetNoLimiter(string.Empty)));
            limiter.OnRejected = (rejected, cancellationToken) => Reject(rejected, options.Window);
        });

    public static bool IsWrite(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method)
        || HttpMethods.IsPatch(context.Request.Method) || HttpMethods.IsDelete(context.Request.Method);

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            // No queue: a held write would only time out later; the client should back off now.
            QueueLimit = 0,
        });

    private static async ValueTask Reject(OnRejectedContext rejected, TimeSpan window)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        GatewayProtectionLog.WriteRateLimited(
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("LandPlatform.Gateway.Protection"),
            context.User.FindFirst(PlatformClaims.Subject)?.Value ?? "anonymous", context.Connection.RemoteIpAddress?.ToString() ?? "?",
            context.Request.Method, context.Request.Path);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many changes",
            detail: $"Too many write requests from this user or address; try again in {seconds} s.",
            type: "https://tools.ietf.org/html/rfc6585#section-4").ExecuteAsync(context);
    }
}
