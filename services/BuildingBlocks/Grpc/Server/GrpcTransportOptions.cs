namespace LandPlatform.Grpc;

public sealed class GrpcTransportOptions
{
    /// <summary>Largest request message accepted, after decompression; larger → RESOURCE_EXHAUSTED.
    /// 4 MiB is the default of every gRPC implementation.</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;
}
