namespace LandPlatform.Pricing.Api;

public static class PricingApi
{
    /// <summary>Every pricing endpoint; the gateway serves them under <c>/api/pricing</c>.</summary>
    public static IEndpointRouteBuilder MapPricingApi(this IEndpointRouteBuilder app)
    {
        app.MapQuotesApi();
        app.MapCalculatorsApi();
        app.MapPolicyPacksApi();
        return app;
    }
}
