using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace LandPlatform.ServiceDefaults.Resilience;

public static class PlatformResilience
{
    /// <summary>
    /// The standard resilience handler (total timeout, retries with exponential backoff and jitter, circuit
    /// breaker, per-attempt timeout) that retries only safe methods: a retried POST, PUT or DELETE could
    /// apply a write twice when the first attempt reached the service and only its answer was lost.
    /// </summary>
    public static IHttpStandardResiliencePipelineBuilder AddPlatformResilienceHandler(this IHttpClientBuilder http) =>
        http.AddStandardResilienceHandler(options =>
        {
            // Experimental (EXTEXP0001) but the library's own way to say it; the alternative is to rebuild
            // its retry predicate by hand. Revisit when it is promoted.
#pragma warning disable EXTEXP0001
            options.Retry.DisableForUnsafeHttpMethods();
#pragma warning restore EXTEXP0001
        });
}
