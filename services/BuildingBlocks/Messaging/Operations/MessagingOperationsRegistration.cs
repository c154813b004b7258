using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Messaging.Operations;

internal static class MessagingOperationsRegistration
{
    /// <summary>The services behind <c>MapMessagingOperations</c>; called by <c>AddEventBus</c>.</summary>
    public static IServiceCollection AddMessagingOperations<TDbContext>(
        this IServiceCollection services, ServiceQueues queues, AmqpUri broker)
        where TDbContext : DbContext
    {
        services.AddSingleton(queues);
        services.AddSingleton(sp => new OperationsBroker(broker, sp.GetRequiredService<EventBusOptions>()));
        services.AddScoped<OperationsAudit<TDbContext>>();
        services.AddScoped<IOutboxOperations, OutboxOperations<TDbContext>>();
        services.AddScoped<IErrorQueueOperations, ErrorQueueOperations<TDbContext>>();
        return services;
    }
}
