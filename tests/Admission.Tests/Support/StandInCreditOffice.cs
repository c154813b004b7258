using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Admission.Tests.Support;

/// <summary>
/// The credit office's gRPC contract served for admission's tests: a real Grpc.AspNetCore server on
/// an h2c port that answers from a list the test sets, records what callers sent, can be made slow,
/// and can be stopped to make the credit office unreachable. The real credit service is exercised
/// with admission in the end-to-end test.
/// </summary>
public sealed class StandInCreditOffice : IAsyncDisposable
{
    private WebApplication _app = null!;

    private StandInCreditOffice(int port)
    {
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>Listings per code; a code not here is clear.</summary>
    public ConcurrentDictionary<string, CheckResponse> Answers { get; } = new();

    /// <summary>The authorization header of every call, in order.</summary>
    public ConcurrentQueue<string?> CallerTokens { get; } = new();

    /// <summary>The code of every call, in order.</summary>
    public ConcurrentQueue<string> AskedCodes { get; } = new();

    /// <summary>When set, every answer waits until the test completes it.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>How long each answer takes (the call's cancellation ends the wait early).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Set when a caller gave up on a call (its deadline passed or it cancelled).</summary>
    public TaskCompletionSource CallAbandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts the stand-in on <paramref name="port"/> (a free one when null).</summary>
    public static async Task<StandInCreditOffice> StartAsync(int? port = null)
    {
        var listenOn = port ?? FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(listenOn, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var office = new StandInCreditOffice(listenOn);
        builder.Services.AddSingleton(office);
        office._app = builder.Build();
        office._app.MapGrpcService<StandInCreditCheck>();
        await office._app.StartAsync();
        return office;
    }

    /// <summary>Forgets the calls made so far (the service's start-up call, once it is ready).</summary>
    public void ForgetCalls()
    {
        CallerTokens.Clear();
        AskedCodes.Clear();
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
