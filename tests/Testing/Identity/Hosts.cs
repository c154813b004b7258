using Microsoft.AspNetCore.Builder;

namespace LandPlatform.Testing.Identity;

public static class Hosts
{
    /// <summary>Arguments that bind a host to a free loopback port, so discovery and JWKS go over real HTTP.</summary>
    public static string[] Args(params string[] extra) => ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. extra];

    public static async Task<Uri> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return new Uri(app.Urls.Single());
    }
}
