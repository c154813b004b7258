using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using LandPlatform.Grpc;
using LandPlatform.Grpc.Clients;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Admission.Tests.Support;

/// <summary>
/// The credit office's gRPC contract served for admission's tests: a real HTTP/2 gRPC server
/// (the platform's own transport) that answers from a list the test sets, records what callers sent,
/// and can be stopped to make the credit office unreachable. The real credit service is exercised
/// with admission in the end-to-end test.
/// </summary>
public sealed class StandInCreditOffice : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandInCreditOffice(WebApplication app, int port)
    {
        _app = app;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>Listings per code; a code not here is clear.</summary>
    public ConcurrentDictionary<string, CheckResponse> Answers { get; } = new();

    /// <summary>The authorization header of every call, in order.</summary>
    public ConcurrentQueue<string?> CallerTokens { get; } = new();

    public static async Task<StandInCreditOffice> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpcTransport();
        builder.Services.AddRouting();
        var app = builder.Build();
        var office = new StandInCreditOffice(app, port);
        app.MapGrpcService(CreditCheckClient.ServiceName).MapUnary<CheckRequest, CheckResponse>("Check", (request, context) =>
        {
            office.CallerTokens.Enqueue(context.RequestHeaders.Authorization.ToString());
            return Task.FromResult(office.Answers.TryGetValue(request.Uscc, out var answer)
                ? answer
                : new CheckResponse { Uscc = request.Uscc, Blacklisted = false });
        });
        await app.StartAsync();
        return office;
    }

    public void List(string uscc, string reason, DateTimeOffset listedAt)
    {
        var response = new CheckResponse { Uscc = uscc, Blacklisted = true };
        response.Listings.Add(new Listing { ListingId = Guid.NewGuid().ToString(), Reason = reason, ListedAt = Timestamp.FromDateTimeOffset(listedAt) });
        Answers[uscc] = response;
    }

    /// <summary>The enterprise is clear itself, but a subject related to it is listed.</summary>
    public void ListRelated(string uscc, string relatedUscc, string reason)
    {
        var response = new CheckResponse { Uscc = uscc, Blacklisted = false };
        response.RelatedSubjectHits.Add(new RelatedSubjectHit
        {
            RelatedUscc = relatedUscc,
            Relation = SubjectRelation.SameLegalRepresentative,
            Listing = new Listing { ListingId = Guid.NewGuid().ToString(), Reason = reason, ListedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) },
        });
        Answers[uscc] = response;
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
