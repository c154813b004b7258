using LandPlatform.IntegrationContracts.Enterprises;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Admission.Infrastructure;

/// <summary>
/// Asks the credit office once at start-up, with a generous deadline, before admission reports ready.
/// The first call pays for everything cold on both sides — the service token from the issuer, the HTTP/2
/// connection, credit's token validation keys, the JIT of credit's query — and on a busy 2-core machine that
/// took 11 s, so a clerk's first submission after a start missed the 5 s deadline and got a 503. Readiness
/// now waits for this call (the AppHost starts the gateway only when admission is ready), so the first clerk
/// gets a warm path. If the credit office does not answer in time admission becomes ready anyway: it can
/// still answer every request, and submissions answer 503 until credit is back.
/// </summary>
internal sealed partial class CreditOfficeWarmUp(
    IServiceScopeFactory scopes,
    ILogger<CreditOfficeWarmUp> logger) : BackgroundService, IHealthCheck
{
    // A well-formed code no enterprise holds (GB 32100 check digit computed, not typed), so the answer is
    // "clear" and nothing in credit refers to a real enterprise.
    internal static readonly string ProbeCode = UnifiedSocialCreditCode.WithCheckDigit("91000000WARMUP000").Value;

    private static readonly TimeSpan FirstCallDeadline = TimeSpan.FromSeconds(30);

    private static readonly int Attempts = 3;

    private volatile bool _finished;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; attempt <= Attempts && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CreditOffice>().CheckAsync(ProbeCode, stoppingToken, FirstCallDeadline);
                LogWarm(logger, attempt);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogNotWarm(logger, attempt, Attempts, ex.Message);
            }
        }

        _finished = true;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_finished
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("asking the credit office once before taking submissions"));

    [LoggerMessage(Level = LogLevel.Information, Message = "The credit office answered the start-up call (attempt {Attempt}); submissions take the warm path")]
    private static partial void LogWarm(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The credit office did not answer the start-up call (attempt {Attempt} of {Attempts}): {Reason}")]
    private static partial void LogNotWarm(ILogger logger, int attempt, int attempts, string reason);
}
