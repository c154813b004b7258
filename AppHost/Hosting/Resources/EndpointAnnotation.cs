namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>A named listening endpoint of a resource (Aspire's "http"/"grpc" endpoint names).</summary>
/// <param name="Name">Endpoint name, used in <c>services__{resource}__{Name}__0</c>.</param>
/// <param name="Port">Port on the bind address, fixed before anything starts.</param>
/// <param name="IsHttp2Only">Cleartext gRPC needs HTTP/2 without TLS, so Kestrel must not offer HTTP/1.1 there.</param>
/// <param name="IsExternal">The operator-facing endpoint (the gateway's), with a stable port.</param>
public sealed record EndpointAnnotation(string Name, int Port, bool IsHttp2Only = false, bool IsExternal = false)
{
    public const string BindAddress = "127.0.0.1";

    public string Url => $"http://{BindAddress}:{Port}";
}
