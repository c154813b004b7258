using LandPlatform.CreditChecks;
using LandPlatform.IntegrationContracts.Enterprises;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Admission.Infrastructure;

/// <summary>
/// Asks the credit office once at start-up, with a generous deadline, before admission reports ready.
/// The first call pays for everything cold on both sides — the service token from the issuer, the HTTP/2
/// connection, credit's token validation keys, the JIT of credit's query — and on a busy 2-core machine that
/// took 11 s, so a clerk's first submission after a start missed the 5 s deadline and got a 503. Readiness
/// waits for this call (the AppHost starts the gateway only when admission is ready), so the first clerk gets a
/// warm path. Admission and credit start side by side, so the credit office may not listen yet: the call is
/// repeated, with short pauses, until it is answered. If it is not answered within the start-up budget,
/// admission becomes ready anyway: it can still answer every request, and submissions answer 503 until credit
/// is back.
/// </summary>
internal sealed partial class CreditOfficeWarmUp(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<CreditOfficeWarmUp> logger) : BackgroundService, IHealthCheck
{
    // A well-formed code no enterprise holds (GB 32100 check digit computed, not typed), so the answer is
    // "clear" and nothing in credit refers to a real enterprise.
    internal static readonly string ProbeCode = UnifiedSocialCreditCode.WithCheckDigit("91000000WARMUP000").Value;

    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(30);

    /// <summary>Longer than a cold start of credit on a loaded 2-core machine (about a minute at worst).</summary>
    private static readonly TimeSpan StartupBudget = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    private volatile bool _finished;
    private volatile string? _lastFailure;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = clock.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CreditOffice>().CheckAsync(ProbeCode, stoppingToken, CallDeadline);
                LogWarm(logger, attempt);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                _lastFailure = $"attempt {attempt} failed: {ex.Message}";
                if (clock.GetElapsedTime(started) >= StartupBudget)
                {
                    LogGaveUp(logger, attempt, ex.Message);
                    break;
                }

                LogNotYet(logger, attempt, ex.Message);
            }

            try
            {
                await Task.Delay(pause, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }

        _finished = true;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_finished
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(_lastFailure is { } failure
                ? $"asking the credit office once before taking submissions; {failure}"
                : "asking the credit office once before taking submissions"));

    [LoggerMessage(Level = LogLevel.Information, Message = "The credit office answered the start-up call (attempt {Attempt}); submissions take the warm path")]
    private static partial void LogWarm(ILogger logger, int attempt);

    // Expected while credit is still starting beside admission: not a warning.
    [LoggerMessage(Level = LogLevel.Debug, Message = "The credit office did not answer the start-up call yet (attempt {Attempt}): {Reason}")]
    private static partial void LogNotYet(ILogger logger, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The credit office did not answer the start-up call in {Attempt} attempts; admission takes requests without it and submissions answer 503 until it is back: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, int attempt, string reason);
}
