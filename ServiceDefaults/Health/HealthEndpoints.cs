using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.Health;

/// <summary>
/// <c>/alive</c> answers whether the process is running (liveness: checks tagged "live");
/// <c>/health</c> answers whether it can do its work (readiness: every check, database and broker
/// included). The AppHost and the gateway gate on <c>/health</c>.
/// </summary>
public static class HealthEndpoints
{
    public const string LiveTag = "live";

    internal const string HealthCheckServiceCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        // The health service logs every unhealthy probe answer at Error. While a service starts (schema being
        // migrated, bus connecting, the first call to the credit office) that is every probe, so every normal
        // start showed red error counts in the dashboard. Operators read readiness from the dashboard's health
        // column and /health's report (which names the check and the reason); the components themselves log
        // their real failures (the broker connection, the database).
        builder.Logging.AddFilter(HealthCheckServiceCategory, LogLevel.Critical);
        return builder;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = WriteReport })
            .DisableHttpMetrics();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(LiveTag),
            ResponseWriter = WriteReport,
        }).DisableHttpMetrics();
        return app;
    }

    /// <summary>Operators see which check failed and why, not only "Unhealthy".</summary>
    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
