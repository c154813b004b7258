namespace LandPlatform.ServiceDefaults.Tests.Support;

/// <summary>The handlers an HttpClient's request passes through, outermost first.</summary>
internal static class HandlerChain
{
    public static IEnumerable<HttpMessageHandler> Of(HttpMessageHandler handler)
    {
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            yield return current;
        }
    }
}
