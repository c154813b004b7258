using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace LandPlatform.Web.Api;

/// <summary>Sends the signed-in person's access token with every call, so each service judges that person, not the portal.</summary>
public sealed class UserTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } context && await context.GetTokenAsync("access_token") is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

public static class GatewayApiExtensions
{
    /// <summary><c>Portal:Gateway</c>, default <c>http://gateway</c> (service discovery: <c>services:gateway:http:0</c>).</summary>
    public static IServiceCollection AddGatewayApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<UserTokenHandler>();
        services.AddHttpClient<GatewayApi>(c => c.BaseAddress = new Uri(configuration["Portal:Gateway"] ?? "http://gateway"))
            .AddHttpMessageHandler<UserTokenHandler>();
        return services;
    }
}
