using System.Collections.Concurrent;
using System.Threading.Channels;
using MassTransit;

namespace LandPlatform.Testing.Messaging;

/// <summary>
/// A test's own connection to the private broker: it receives the platform's events on a private,
/// auto-deleted queue (as any other bureau's service would) and publishes events as another service
/// would, so service tests observe and drive real messaging rather than an in-memory stand-in.
/// </summary>
public sealed class BusProbe : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentDictionary<Type, object> _inboxes;

    private BusProbe(IBusControl bus, ConcurrentDictionary<Type, object> inboxes)
    {
        _bus = bus;
        _inboxes = inboxes;
    }

    /// <summary>Connects and binds a queue for each of <paramref name="received"/> before returning.</summary>
    public static async Task<BusProbe> StartAsync(Uri amqp, params Type[] received)
    {
        ArgumentNullException.ThrowIfNull(amqp);
        ArgumentNullException.ThrowIfNull(received);
        var inboxes = new ConcurrentDictionary<Type, object>();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(amqp.Host, (ushort)amqp.Port, "/", h =>
            {
                h.Username("guest");
                h.Password("guest");
            });
            cfg.ReceiveEndpoint($"probe-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                foreach (var type in received)
                {
                    typeof(BusProbe).GetMethod(nameof(Subscribe), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                        .MakeGenericMethod(type).Invoke(null, [e, inboxes]);
                }
            });
        });
        using var started = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(started.Token);
        return new BusProbe(bus, inboxes);
    }

    private static void Subscribe<T>(IReceiveEndpointConfigurator endpoint, ConcurrentDictionary<Type, object> inboxes)
        where T : class
    {
        var inbox = (Channel<ConsumeContext<T>>)inboxes.GetOrAdd(typeof(T), _ => Channel.CreateUnbounded<ConsumeContext<T>>());
        endpoint.Handler<T>(context => inbox.Writer.WriteAsync(context).AsTask());
    }

    /// <summary>The next <typeparamref name="T"/> matching <paramref name="match"/>, within <paramref name="timeout"/>.</summary>
    public async Task<ConsumeContext<T>> NextAsync<T>(Func<T, bool>? match = null, TimeSpan? timeout = null)
        where T : class
    {
        var inbox = (Channel<ConsumeContext<T>>)_inboxes[typeof(T)];
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var context = await inbox.Reader.ReadAsync(cts.Token);
            if (match is null || match(context.Message))
            {
                return context;
            }
        }
    }

    /// <summary>Publishes as a service would, with an explicit message id so a test can deliver the same message twice.</summary>
    public Task PublishAsync<T>(T message, Guid messageId, string publisher = "probe")
        where T : class =>
        _bus.Publish(message, context =>
        {
            context.MessageId = messageId;
            context.Headers.Set("LandPlatform-Publisher", publisher);
        });

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
