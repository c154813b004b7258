using System.Collections.Concurrent;
using Grpc.Core;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Contracts.Tests.Support;

/// <summary>
/// The credit office's gRPC contract served for contracts' service tests (as admission's tests do): a real
/// Grpc.AspNetCore server on an h2c port answering from the codes the test lists, recording each caller's
/// token. The real credit service answers in the end-to-end test.
/// </summary>
public sealed class StandInCreditOffice : IAsyncDisposable
{
    private WebApplication _app = null!;

    private StandInCreditOffice(int port) => Address = new Uri($"http://127.0.0.1:{port}");

    public Uri Address { get; }

    public ConcurrentDictionary<string, bool> Listed { get; } = new();

    /// <summary>Enterprise code → the listed subject sharing its legal representative (a related-subject hit).</summary>
    public ConcurrentDictionary<string, string> ListedRelative { get; } = new();

    public ConcurrentQueue<string?> CallerTokens { get; } = new();

    public static async Task<StandInCreditOffice> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var office = new StandInCreditOffice(port);
        builder.Services.AddSingleton(office);
        office._app = builder.Build();
        office._app.MapGrpcService<Answerer>();
        await office._app.StartAsync();
        return office;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class Answerer(StandInCreditOffice office) : CreditCheck.CreditCheckBase
    {
        public override Task<CheckResponse> Check(CheckRequest request, ServerCallContext context)
        {
            office.CallerTokens.Enqueue(context.RequestHeaders.GetValue("authorization"));
            var response = new CheckResponse { Uscc = request.Uscc, Blacklisted = office.Listed.ContainsKey(request.Uscc) };
            if (office.ListedRelative.TryGetValue(request.Uscc, out var relative))
            {
                response.RelatedSubjectHits.Add(new RelatedSubjectHit
                {
                    RelatedUscc = relative,
                    Relation = SubjectRelation.SameLegalRepresentative,
                    Listing = new Listing { ListingId = "L-1", Reason = "BreachOfContract", Uscc = relative, Status = "Effective" },
                });
            }

            return Task.FromResult(response);
        }
    }
}
