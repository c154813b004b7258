using System.Collections.Concurrent;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using MassTransit;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>
/// A bus of its own on the test broker, standing in for the services that consume <see cref="ReservePriceSet"/>
/// (its queue is unique, so deliveries from other tests never reach it).
/// </summary>
public sealed class ReservePriceListener : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<ReservePriceSet> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private ReservePriceListener(RabbitMqNode rabbit)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.AmqpUri);
            cfg.ReceiveEndpoint("pricing-tests-" + Guid.NewGuid().ToString("N")[..8], e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                e.Handler<ReservePriceSet>(context =>
                {
                    _received.Enqueue(context.Message);
                    _arrived.Release();
                    return Task.CompletedTask;
                });
            });
        });
    }

    public static async Task<ReservePriceListener> StartAsync(RabbitMqNode rabbit)
    {
        var listener = new ReservePriceListener(rabbit);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await listener._bus.StartAsync(timeout.Token);
        return listener;
    }

    public async Task<ReservePriceSet> WaitForAsync(Guid applicationId, TimeSpan patience)
    {
        using var deadline = new CancellationTokenSource(patience);
        while (true)
        {
            if (_received.FirstOrDefault(e => e.ApplicationId == applicationId) is { } found)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"no ReservePriceSet for application {applicationId} within {patience.TotalSeconds} s");
            }
        }
    }

    public int CountFor(Guid applicationId) => _received.Count(e => e.ApplicationId == applicationId);

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        _arrived.Dispose();
    }
}
