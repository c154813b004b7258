using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests;

/// <summary>
/// A process's writers of one SQLite file queue in memory (the consumers' inbox transactions, the dispatcher's
/// batch commit) instead of colliding in SQLite and sleeping 150 ms per collision.
/// </summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _directory = TempDirectory.Create("lp-gate-");

    [Fact]
    public async Task WritersOfOneSqliteFileTakeTurns()
    {
        await using var first = Db("service.db");
        await using var second = Db("service.db");

        var firstLease = await SqliteWriteGate.EnterAsync(first, CancellationToken.None);
        var secondLease = SqliteWriteGate.EnterAsync(second, CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.False(secondLease.IsCompleted);

        firstLease.Dispose();
        (await secondLease.WaitAsync(Patience)).Dispose();
    }

    [Fact]
    public async Task WritersOfDifferentFilesDoNotWaitForEachOther()
    {
        await using var one = Db("one.db");
        await using var other = Db("other.db");

        using var oneLease = await SqliteWriteGate.EnterAsync(one, CancellationToken.None);
        using var otherLease = await SqliteWriteGate.EnterAsync(other, CancellationToken.None).AsTask().WaitAsync(Patience);
    }

    [Fact]
    public async Task AWaitingWriterCanGiveUp()
    {
        await using var first = Db("service.db");
        await using var second = Db("service.db");
        using var held = await SqliteWriteGate.EnterAsync(first, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => SqliteWriteGate.EnterAsync(second, cancel.Token).AsTask());
    }

    public void Dispose() => _directory.Dispose();

    private TestDb Db(string file) => new(new DbContextOptionsBuilder<TestDb>()
        .UseSqlite($"Data Source={Path.Combine(_directory.Path, file)}").Options);
}
