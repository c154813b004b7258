using System.Net;

namespace LandPlatform.Grpc.Client;

/// <summary>HttpClient settings every gRPC channel needs.</summary>
internal static class GrpcHttpClient
{
    public static SocketsHttpHandler CreateHandler() => new()
    {
        // One HTTP/2 connection caps concurrent streams (100 by default in Kestrel); open more under load.
        EnableMultipleHttp2Connections = true,
        // Notice dead peers on idle connections instead of failing the next call slowly.
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        // Re-resolve addresses now and then so a moved service is found again.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    public static void Configure(HttpClient client, Uri address)
    {
        client.BaseAddress = address;
        client.DefaultRequestVersion = HttpVersion.Version20;
        client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    public static HttpClient Create(Uri address)
    {
        var client = new HttpClient(CreateHandler());
        Configure(client, address);
        return client;
    }
}
