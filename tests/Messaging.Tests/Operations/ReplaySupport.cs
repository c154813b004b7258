using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Messaging.Operations;
using LandPlatform.Messaging.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Messaging.Tests.Operations;

/// <summary>What the consumer does with the next delivery; flipped by a test to "fixed" before replaying.</summary>
public sealed class ReplaySwitch
{
    /// <summary>Throw before applying: the message is not processed (a bug, an unreachable dependency).</summary>
    public volatile bool FailBeforeApplying;

    /// <summary>Apply and commit, then throw: processed, yet still faulted into the error queue.</summary>
    public volatile bool FailAfterApplying;
}

/// <summary>The effect, applied once per MessageId by the inbox.</summary>
public sealed class ApprovalRecorder(TestDb db, ILogger<ApprovalRecorder> logger)
    : IdempotentConsumer<ApplicationApproved, TestDb>(db, logger)
{
    protected override Task HandleAsync(ApplicationApproved message, TestDb db, ConsumeContext<ApplicationApproved> context)
    {
        db.AppliedEvents.Add(new AppliedEvent { ApplicationId = message.ApplicationId, MessageId = context.MessageId!.Value });
        return Task.CompletedTask;
    }
}

/// <summary>Counts every delivery and fails as <see cref="ReplaySwitch"/> says; its queue is "&lt;svc&gt;-switchable-approval".</summary>
public sealed class SwitchableApprovalConsumer(ApprovalRecorder recorder, ReplaySwitch failures, HandlerCalls calls)
    : IConsumer<ApplicationApproved>
{
    public async Task Consume(ConsumeContext<ApplicationApproved> context)
    {
        calls.Record(context.Message.ApplicationId);
        if (failures.FailBeforeApplying)
        {
            throw new InvalidOperationException("Simulated failure before applying.");
        }

        await recorder.Consume(context);
        if (failures.FailAfterApplying)
        {
            throw new InvalidOperationException("Simulated failure after applying.");
        }
    }
}

internal static class ReplayHosts
{
    public const string QueueSuffix = "-switchable-approval";

    public static void Consumers(IBusRegistrationConfigurator bus)
    {
        bus.AddSingleton<ReplaySwitch>();
        bus.AddScoped<ApprovalRecorder>();
        bus.AddConsumer<SwitchableApprovalConsumer>();
    }

    public static ApplicationApproved Approved(Guid applicationId) => new(applicationId, "91330100MA2XXXXX1A", "2024-zj-1");

    public static ReplaySwitch Switch(this ServiceHost host) => host.Host.Services.GetRequiredService<ReplaySwitch>();

    /// <summary>Runs <paramref name="work"/> with the operations services of one request scope.</summary>
    public static async Task<T> OperationsAsync<TService, T>(this ServiceHost host, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = host.Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<IReadOnlyList<ErrorQueueInfo>> ErrorQueuesAsync(this ServiceHost host) =>
        host.OperationsAsync<IErrorQueueOperations, IReadOnlyList<ErrorQueueInfo>>(o => o.ListAsync(CancellationToken.None));

    public static Task<ErrorQueueReplay> ReplayAsync(this ServiceHost host, string queue, int max = 100) =>
        host.OperationsAsync<IErrorQueueOperations, ErrorQueueReplay>(o => o.ReplayAsync(queue, max, CancellationToken.None));
}
