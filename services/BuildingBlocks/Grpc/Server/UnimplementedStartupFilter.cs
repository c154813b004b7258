using LandPlatform.Grpc.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Grpc.Server;

/// <summary>
/// Appends a last middleware, reached only when no endpoint handled the request. A POST that
/// announces gRPC gets UNIMPLEMENTED ("Method not found at server", statuscodes.md) instead of a
/// bare 404; every other request falls through to the ordinary 404, so REST behaviour, 405s and
/// fallbacks are untouched.
/// </summary>
internal sealed class UnimplementedStartupFilter(GrpcServiceRegistry registry, ILoggerFactory loggerFactory) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        var logger = loggerFactory.CreateLogger("LandPlatform.Grpc.Server");
        app.Use(nextMiddleware => http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method)
                || !GrpcProtocol.LooksLikeGrpc(http.Request.ContentType)
                || http.Response.HasStarted
                || http.GetEndpoint() is not null)
            {
                return nextMiddleware(http);
            }

            var path = http.Request.Path.Value ?? string.Empty;
            GrpcServerLog.Unimplemented(logger, path);
            GrpcResponses.WriteTrailersOnly(http.Response, GrpcStatusCode.Unimplemented, Describe(path));
            return Task.CompletedTask;
        });
    };

    /// <summary>Same wording as grpc-dotnet, which also tells an unknown service from an unknown method.</summary>
    private string Describe(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && registry.HasService(parts[0]) ? "Method is unimplemented." : "Service is unimplemented.";
    }
}
