namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>Healthy when GET <see cref="Url"/> answers 200 (Aspire's <c>WithHttpHealthCheck</c>).</summary>
public sealed class HttpHealthCheck(Uri url) : IHealthCheck
{
    // One client for all probes: a client per probe would leak sockets in TIME_WAIT during polling.
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(2) };

    public Uri Url { get; } = url;

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(200);

    public string Description => $"GET {Url}";

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Client.GetAsync(Url, cancellationToken).ConfigureAwait(false);
            return response.StatusCode == System.Net.HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // this attempt timed out; the next one may not
        }
    }
}
