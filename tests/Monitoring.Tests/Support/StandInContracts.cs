using System.Collections.Concurrent;
using System.Globalization;
using Grpc.Core;
using LandPlatform.IntegrationContracts.Contracts;
using LandPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Monitoring.Tests.Support;

/// <summary>
/// Contracts' gRPC contract (ContractCommitments, contracts.proto) served for monitoring's tests: a real Grpc.AspNetCore
/// server on an h2c port answering from commitments the test sets, recording who called. Contracts' own
/// implementation is not on this branch; the end-to-end tests run the real one.
/// </summary>
public sealed class StandInContracts : IAsyncDisposable
{
    private WebApplication _app = null!;

    private StandInContracts(int port) => Address = new Uri($"http://127.0.0.1:{port}");

    public Uri Address { get; }

    public ConcurrentDictionary<string, Commitments> Commitments { get; } = new();

    /// <summary>The authorization header of every call, in order.</summary>
    public ConcurrentQueue<string?> CallerTokens { get; } = new();

    public static async Task<StandInContracts> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var contracts = new StandInContracts(port);
        builder.Services.AddSingleton(contracts);
        contracts._app = builder.Build();
        contracts._app.MapGrpcService<StandInContractCommitments>();
        await contracts._app.StartAsync();
        return contracts;
    }

    public void Set(Commitments commitments) => Commitments[commitments.ContractId] = commitments;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Text(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed class StandInContractCommitments(StandInContracts contracts) : ContractCommitments.ContractCommitmentsBase
{
    public override Task<Commitments> GetCommitments(GetCommitmentsRequest request, ServerCallContext context)
    {
        contracts.CallerTokens.Enqueue(context.RequestHeaders.GetValue("authorization"));
        if (!Guid.TryParse(request.ContractId, out _))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "contract_id is not a GUID"));
        }

        return contracts.Commitments.TryGetValue(request.ContractId, out var found)
            ? Task.FromResult(found)
            : throw new RpcException(new Status(StatusCode.NotFound, $"no contract {request.ContractId}"));
    }
}
