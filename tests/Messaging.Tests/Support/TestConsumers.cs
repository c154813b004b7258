using System.Collections.Concurrent;
using System.Diagnostics;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Messaging.Tests.Support;

/// <summary>Applies ApplicationSubmitted once per MessageId, recording the trace it ran in.</summary>
public sealed class RecordSubmissionConsumer(TestDb db, HandlerCalls calls, ILogger<RecordSubmissionConsumer> logger)
    : IdempotentConsumer<ApplicationSubmitted, TestDb>(db, logger)
{
    protected override Task HandleAsync(ApplicationSubmitted message, TestDb db, ConsumeContext<ApplicationSubmitted> context)
    {
        calls.Record(message.ApplicationId);
        db.AppliedEvents.Add(new AppliedEvent
        {
            ApplicationId = message.ApplicationId,
            MessageId = context.MessageId!.Value,
            TraceId = Activity.Current?.TraceId.ToHexString(),
        });
        return Task.CompletedTask;
    }
}

/// <summary>Always throws, to drive a message through retries into the _error queue.</summary>
public sealed class AlwaysFailingConsumer(HandlerCalls calls) : IConsumer<ApplicationRejected>
{
    public Task Consume(ConsumeContext<ApplicationRejected> context)
    {
        calls.Record(context.Message.ApplicationId);
        throw new InvalidOperationException("Simulated handler failure.");
    }
}

/// <summary>Counts handler invocations per application id (per host, so tests stay independent).</summary>
public sealed class HandlerCalls
{
    private readonly ConcurrentDictionary<Guid, int> _calls = new();

    public void Record(Guid applicationId) => _calls.AddOrUpdate(applicationId, 1, (_, n) => n + 1);

    public int For(Guid applicationId) => _calls.GetValueOrDefault(applicationId);
}
