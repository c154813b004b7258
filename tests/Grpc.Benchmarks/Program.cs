using Google.Protobuf;
using LandPlatform.Grpc.Benchmarks;
using LandPlatform.IntegrationContracts.Credit;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Two h2c servers in one process for scripts/bench-grpc.sh: Grpc.AspNetCore serving credit's contract,
// and a bare Kestrel handler writing the bytes the gRPC server answered. Writes the request h2load
// sends (one gRPC frame) to the file given, prints "ready", and serves until stopped.
//   LandPlatform.Grpc.Benchmarks <grpc port> <bare port> <request file>
if (args.Length != 3 || !int.TryParse(args[0], out var grpcPort) || !int.TryParse(args[1], out var barePort))
{
    Console.Error.WriteLine("usage: LandPlatform.Grpc.Benchmarks <grpc port> <bare port> <request file>");
    return 2;
}

const string Path = "/landplatform.credit.v1.CreditCheck/Check";
var message = new CheckRequest { Uscc = "91350100M000100Y43" }.ToByteArray();
byte[] request = [0, .. BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(message.Length)), .. message];
await File.WriteAllBytesAsync(args[2], request);

var grpcBuilder = WebApplication.CreateSlimBuilder();
grpcBuilder.Logging.ClearProviders();
grpcBuilder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(grpcPort, o => o.Protocols = HttpProtocols.Http2));
grpcBuilder.Services.AddGrpc();
await using var grpc = grpcBuilder.Build();
grpc.MapGrpcService<BenchCreditCheck>();
await grpc.StartAsync();

var captured = await CapturedResponse.FetchAsync(new Uri($"http://127.0.0.1:{grpcPort}"), Path, request);

var bareBuilder = WebApplication.CreateSlimBuilder();
bareBuilder.Logging.ClearProviders();
bareBuilder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(barePort, o => o.Protocols = HttpProtocols.Http2));
await using var bare = bareBuilder.Build();
bare.Run(async context =>
{
    // Read the request as a server must, then write the captured answer: headers, one frame, trailers.
    while ((await context.Request.BodyReader.ReadAsync()) is { IsCompleted: false } read)
    {
        context.Request.BodyReader.AdvanceTo(read.Buffer.End);
    }

    foreach (var (name, value) in captured.Headers)
    {
        context.Response.Headers.Append(name, value);
    }

    await context.Response.Body.WriteAsync(captured.Body);
    foreach (var (name, value) in captured.Trailers)
    {
        context.Response.AppendTrailer(name, value);
    }
});
await bare.StartAsync();

var replayed = await CapturedResponse.FetchAsync(new Uri($"http://127.0.0.1:{barePort}"), Path, request);
if (!captured.SameAs(replayed))
{
    Console.Error.WriteLine($"the bare handler differs from gRPC:\n  grpc: {captured}\n  bare: {replayed}");
    return 1;
}

Console.WriteLine($"same answer from both: {captured}");
Console.WriteLine("ready");
// SIGTERM and Ctrl+C reach both hosts' console lifetimes (which take over the signals, so ProcessExit never
// comes); wait for that stop, then both are disposed. Waiting on anything else left the process running.
await grpc.WaitForShutdownAsync();
return 0;
