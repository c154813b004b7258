using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LandPlatform.Grpc.Tests.TestServer;

/// <summary>Plays an intermediary that answers gRPC paths with plain HTTP errors and no grpc-status.</summary>
public static class BrokenProxy
{
    public const string Name = "landplatform.test.v1.BrokenProxy";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost($"/{Name}/Unavailable", (HttpContext http) => { http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable; });
        endpoints.MapPost($"/{Name}/Missing", (HttpContext http) => { http.Response.StatusCode = StatusCodes.Status404NotFound; });
        endpoints.MapPost($"/{Name}/Html", async (HttpContext http) =>
        {
            http.Response.ContentType = "text/html";
            await http.Response.WriteAsync("<html>maintenance</html>");
        });
    }
}
