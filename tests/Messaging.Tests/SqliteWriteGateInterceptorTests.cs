using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests;

/// <summary>
/// Saves in EF's own transaction (a request's unit of work, the dispatcher's batch commit) join the same in-memory
/// queue of a SQLite file's writers as the inbox transactions (AddEventBus registers the interceptor), and never
/// leave the file locked for the process, whatever the save's outcome.
/// </summary>
public sealed class SqliteWriteGateInterceptorTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _directory = TempDirectory.Create("lp-gate-save-");
    private readonly SqliteWriteGateInterceptor _interceptor = new();

    public async Task InitializeAsync()
    {
        await using var db = Db();
        await db.Database.EnsureCreatedAsync();
    }

    [Fact]
    public async Task ASaveWaitsWhileAnotherWriterOfTheFileHoldsIt()
    {
        await using var writer = Db();
        await using var request = Db();
        var held = await SqliteWriteGate.EnterAsync(writer, CancellationToken.None);

        AddApplicationWithEvent(request);
        var save = request.SaveChangesAsync();
        await Task.Delay(100);
        Assert.False(save.IsCompleted);

        held.Dispose();
        Assert.Equal(2, await save.WaitAsync(Patience));
        // Released after the commit: the next writer gets the file.
        (await SqliteWriteGate.EnterAsync(writer, CancellationToken.None).AsTask().WaitAsync(Patience)).Dispose();
    }

    [Fact]
    public async Task AFailedSaveReleasesTheFile()
    {
        await using var request = Db();
        var messageId = Guid.CreateVersion7();
        request.Set<Outbox.OutboxMessage>().AddRange(Row(messageId), Row(messageId));

        await Assert.ThrowsAsync<DbUpdateException>(() => request.SaveChangesAsync());

        await using var next = Db();
        (await SqliteWriteGate.EnterAsync(next, CancellationToken.None).AsTask().WaitAsync(Patience)).Dispose();
    }

    [Fact]
    public async Task ASaveInsideTheCallersTransactionIsLeftToTheCaller()
    {
        // IdempotentConsumer's shape: the gate first, then its transaction, then the save (the gate is not re-entrant).
        await using var consumer = Db();
        using var held = await SqliteWriteGate.EnterAsync(consumer, CancellationToken.None);
        await using var transaction = await consumer.Database.BeginTransactionAsync();

        AddApplicationWithEvent(consumer);
        Assert.Equal(2, await consumer.SaveChangesAsync().WaitAsync(Patience));
        await transaction.CommitAsync();
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    private static void AddApplicationWithEvent(TestDb db)
    {
        var id = Guid.CreateVersion7();
        db.Applications.Add(new LandApplication { Id = id, Uscc = "91330100MA2XXXXX1A" });
        db.Set<Outbox.OutboxMessage>().Add(Row(id));
    }

    private static Outbox.OutboxMessage Row(Guid messageId) =>
        new() { MessageId = messageId, MessageType = "test", Body = "{}" };

    private TestDb Db() => new(new DbContextOptionsBuilder<TestDb>()
        .UseSqlite($"Data Source={Path.Combine(_directory.Path, "service.db")}")
        .AddInterceptors(_interceptor)
        .Options);
}
