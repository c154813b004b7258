using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.Clock;

/// <summary>
/// Registers <see cref="PlatformClock"/> as the process's <see cref="TimeProvider"/> and, when
/// <c>Clock:Controllable</c> is true (the AppHost's <c>--controllable-clock</c>), maps
/// <c>GET|POST /operations/clock</c> for operators: read the clock, move it forward to an instant.
/// Off by default; refused outside Development, so no deployed service can have its dates moved.
/// </summary>
public static partial class PlatformClockExtensions
{
    public const string ControllableKey = "Clock:Controllable";
    public const string Path = "/operations/clock";

    public static IHostApplicationBuilder AddPlatformClock(this IHostApplicationBuilder builder)
    {
        var controllable = builder.Configuration.GetValue<bool>(ControllableKey);
        if (controllable && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{ControllableKey} is true in the '{builder.Environment.EnvironmentName}' environment: a movable clock is for development and tests only.");
        }

        var clock = new PlatformClock(TimeProvider.System, controllable);
        builder.Services.AddSingleton(clock);
        // The platform clock replaces the system clock building blocks register; a test that needs its own clock
        // registers it after the defaults.
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(clock);
        // Access tokens are issued on the issuer's real clock, so they are checked on the real clock: a service whose
        // clock was moved two years ahead must still accept a token issued a minute ago.
        builder.Services.PostConfigureAll<JwtBearerOptions>(o => o.TimeProvider = TimeProvider.System);
        return builder;
    }

    /// <summary>The clock's endpoints, only when the clock is controllable.</summary>
    public static WebApplication MapPlatformClock(this WebApplication app)
    {
        var clock = app.Services.GetRequiredService<PlatformClock>();
        if (!clock.Controllable)
        {
            return app;
        }

        LogControllable(app.Logger, Path);
        var group = app.MapGroup(Path).WithTags("Clock").RequirePermission(Permissions.OperationsClock);
        group.MapGet("/", () => TypedResults.Ok(ClockState.Of(clock)));
        group.MapPost("/", Results<Ok<ClockState>, ProblemHttpResult> (MoveClockRequest request, CurrentActor actor, ILoggerFactory loggers) =>
        {
            if (request.To is not { } to)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "to is required",
                    detail: "Send { \"to\": \"2028-03-15T09:00:00+08:00\" }: the instant to move the clock to.");
            }

            if (clock.MoveTo(to) is { } refused)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The clock cannot move there", detail: refused,
                    extensions: new Dictionary<string, object?> { ["now"] = clock.GetUtcNow() });
            }

            LogMoved(loggers.CreateLogger(typeof(PlatformClock)), actor.ToString(), clock.GetUtcNow(), clock.Offset);
            return TypedResults.Ok(ClockState.Of(clock));
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "CONTROLLABLE CLOCK: operators may move this service's dates forward at {Path} (development and tests only)")]
    private static partial void LogControllable(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clock moved by {Actor}: now {Now:O} (system clock + {Offset})")]
    private static partial void LogMoved(ILogger logger, string actor, DateTimeOffset now, TimeSpan offset);
}

public sealed record MoveClockRequest(DateTimeOffset? To);

public sealed record ClockState(DateTimeOffset Now, TimeSpan Offset, bool Controllable)
{
    public static ClockState Of(PlatformClock clock) => new(clock.GetUtcNow(), clock.Offset, clock.Controllable);
}
