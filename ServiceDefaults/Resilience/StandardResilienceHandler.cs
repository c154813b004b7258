using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LandPlatform.ServiceDefaults.Resilience;

/// <summary>
/// The standard pipeline for outgoing HTTP (Microsoft.Extensions.Http.Resilience is not served
/// here): a total timeout, retries with exponential backoff and jitter for idempotent methods only
/// (a retried POST could apply a write twice), and a per-attempt timeout.
/// </summary>
public sealed class StandardResilienceHandler : DelegatingHandler
{
    private static readonly HashSet<HttpMethod> IdempotentMethods =
        [HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Trace];

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public StandardResilienceHandler()
        : this(ResilienceSettings.Default)
    {
    }

    public StandardResilienceHandler(ResilienceSettings settings)
    {
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(settings.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.FirstRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    IsIdempotent(args.Context) && IsTransient(args.Outcome)),
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }

    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("request");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    var (handler, original) = state;
                    return await handler.SendOnceAsync(original, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                (this, request)).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            // Callers see the same exception HttpClient itself raises on a timeout.
            throw new TaskCanceledException($"The request to {request.RequestUri} timed out.", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private static bool IsIdempotent(ResilienceContext context) =>
        context.Properties.TryGetValue(RequestKey, out var request) && IdempotentMethods.Contains(request.Method);

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            || (int)response.StatusCode >= 500,
        _ => false,
    };
}
