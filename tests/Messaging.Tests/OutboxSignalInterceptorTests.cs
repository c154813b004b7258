using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests;

/// <summary>The dispatcher is woken when outbox rows become visible to other connections, not before.</summary>
public sealed class OutboxSignalInterceptorTests : IDisposable
{
    private readonly TempDirectory _directory = TempDirectory.Create("lp-sig-");
    private readonly OutboxSignal _signal = new();

    [Fact]
    public async Task Save_without_transaction_pulses_at_once()
    {
        await using var db = await CreateDbAsync();
        db.AddIntegrationEvent(Events.Submitted(Guid.NewGuid()));
        await db.SaveChangesAsync();

        Assert.True(await Pulsed());
    }

    [Fact]
    public async Task Save_inside_transaction_pulses_only_on_commit()
    {
        await using var db = await CreateDbAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        db.AddIntegrationEvent(Events.Submitted(Guid.NewGuid()));
        await db.SaveChangesAsync();
        Assert.False(await Pulsed());

        await tx.CommitAsync();
        Assert.True(await Pulsed());
    }

    [Fact]
    public async Task Rolled_back_transaction_and_saves_without_outbox_rows_do_not_pulse()
    {
        await using var db = await CreateDbAsync();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.AddIntegrationEvent(Events.Submitted(Guid.NewGuid()));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        db.Applications.Add(new LandApplication { Id = Guid.NewGuid(), Uscc = "x" });
        await db.SaveChangesAsync();
        Assert.False(await Pulsed());
    }

    public void Dispose() => _directory.Dispose();

    private Task<bool> Pulsed() => _signal.WaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None);

    private async Task<TestDb> CreateDbAsync()
    {
        var options = new DbContextOptionsBuilder<TestDb>()
            .UseSqlite($"Data Source={Path.Combine(_directory.Path, "signal.db")}")
            .AddInterceptors(new OutboxSignalInterceptor(_signal))
            .Options;
        var db = new TestDb(options);
        await db.Database.EnsureCreatedAsync();
        return db;
    }
}
