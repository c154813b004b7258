using System.Collections.Concurrent;
using LandPlatform.Reporting.Infrastructure;
using LandPlatform.Reporting.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Reporting.Tests;

/// <summary>
/// An idle reporting service polls its ledger every second for ever. Those polls are plain SQL (RowExistence), so a
/// service with nothing to send never compiles a LINQ query, whose translation stack would stay resident (issue 9).
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class IdleDeliveryTests(RabbitMqNode bus, IssuerFixture issuer)
{
    [Fact]
    public async Task PollingAnEmptyLedgerCompilesNoLinqQuery()
    {
        var ef = new EntityFrameworkEvents();
        using var queries = new MemoryCache(new MemoryCacheOptions());
        await using var r = await ReportingUnderTest.StartAsync(bus, issuer, services: services =>
        {
            services.AddSingleton<ILoggerProvider>(ef);
            // EF Core keeps compiled queries in a cache shared by every host of this process that configures its
            // context alike; this service's own cache makes each compilation here visible, whatever ran before.
            services.ConfigureDbContext<ReportingDbContext>((_, options) => options.UseMemoryCache(queries));
            services.Configure<LoggerFilterOptions>(o => o.AddFilter<EntityFrameworkEvents>("Microsoft.EntityFrameworkCore", LogLevel.Debug));
        });

        // Every poll opens the connection for the ledger's counts and for the probe (the test polls every 50 ms).
        var before = ef.Count(RelationalEventId.ConnectionOpened);
        await Eventually.HoldsAsync(() => Task.FromResult(ef.Count(RelationalEventId.ConnectionOpened) >= before + 20),
            "the delivery loop polls the empty ledger ten times", TimeSpan.FromSeconds(30));
        Assert.Equal(0, ef.Count(CoreEventId.QueryCompilationStarting));

        // The check above can fail: once a record is pending, the loop's due query is LINQ and is seen compiling.
        var parcel = new Facts($"IDL-{Guid.NewGuid():N}"[..12], new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await r.Province.SetAsync("Down");
        await r.PublishAllAsync([parcel.Supplied()]);
        await Eventually.HoldsAsync(() => Task.FromResult(ef.Count(CoreEventId.QueryCompilationStarting) > 0),
            "a LINQ query compiles once there is work", TimeSpan.FromSeconds(30));
    }

    /// <summary>Counts EF Core's log events by id.</summary>
    private sealed class EntityFrameworkEvents : ILoggerProvider
    {
        private readonly ConcurrentDictionary<int, int> _counts = new();

        public int Count(EventId id) => _counts.TryGetValue(id.Id, out var n) ? n : 0;

        public ILogger CreateLogger(string categoryName) => new Counter(this);

        public void Dispose()
        {
        }

        private sealed class Counter(EntityFrameworkEvents events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                events._counts.AddOrUpdate(eventId.Id, 1, (_, n) => n + 1);
        }
    }
}
