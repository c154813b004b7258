using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence.Tests;

/// <summary>
/// The probe background loops ask before their real query: plain SQL from the model's names and mappings,
/// answering exactly what the equivalent LINQ <c>AnyAsync</c> would, without compiling a LINQ query.
/// </summary>
public sealed class RowExistenceTests : IAsyncLifetime
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-probe-");
    private readonly List<EventId> _events = [];
    private Queue _db = null!;

    public async Task InitializeAsync()
    {
        var options = new DbContextOptionsBuilder<Queue>()
            .UseSqlite($"Data Source={Path.Combine(_data.Path, "queue.db")}")
            .LogTo((id, _) => { lock (_events) { _events.Add(id); } return false; }, _ => { })
            .Options;
        _db = new Queue(options);
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _data.Dispose();
    }

    private Task<bool> WaitingAsync() => _db.HasRowsAsync<Job>(
        CancellationToken.None, ColumnCondition.IsNull(nameof(Job.DoneAt)), ColumnCondition.IsNull(nameof(Job.GaveUpAt)));

    [Fact]
    public async Task AnEmptyTableHasNoRows()
    {
        Assert.False(await _db.HasRowsAsync<Job>(CancellationToken.None));
        Assert.False(await WaitingAsync());
    }

    [Fact]
    public async Task NullConditionsMatchOnlyRowsWhereEveryColumnIsNull()
    {
        _db.Jobs.Add(new Job { Kind = JobKind.Notice, DoneAt = DateTimeOffset.UnixEpoch });
        _db.Jobs.Add(new Job { Kind = JobKind.Notice, GaveUpAt = DateTimeOffset.UnixEpoch });
        await _db.SaveChangesAsync();
        Assert.True(await _db.HasRowsAsync<Job>(CancellationToken.None));
        Assert.False(await WaitingAsync());

        _db.Jobs.Add(new Job { Kind = JobKind.Notice });
        await _db.SaveChangesAsync();
        Assert.True(await WaitingAsync());
    }

    [Fact]
    public async Task AValueIsComparedAsTheModelStoresIt()
    {
        // Kind is stored as its name in a renamed column: the probe must convert and quote as EF Core does.
        _db.Jobs.Add(new Job { Kind = JobKind.Delisting });
        await _db.SaveChangesAsync();

        Assert.True(await _db.HasRowsAsync<Job>(CancellationToken.None, ColumnCondition.EqualTo(nameof(Job.Kind), JobKind.Delisting)));
        Assert.False(await _db.HasRowsAsync<Job>(CancellationToken.None, ColumnCondition.EqualTo(nameof(Job.Kind), JobKind.Notice)));
        Assert.Equal(await _db.Jobs.AnyAsync(j => j.Kind == JobKind.Notice), await _db.HasRowsAsync<Job>(
            CancellationToken.None, ColumnCondition.EqualTo(nameof(Job.Kind), JobKind.Notice)));
    }

    [Fact]
    public async Task ItSeesTheRowsOfTheTransactionItRunsInAndLeavesTheConnectionAsItFoundIt()
    {
        await using (var tx = await _db.Database.BeginTransactionAsync())
        {
            _db.Jobs.Add(new Job { Kind = JobKind.Notice });
            await _db.SaveChangesAsync();
            Assert.True(await WaitingAsync());
            await tx.RollbackAsync();
        }

        Assert.Equal(System.Data.ConnectionState.Closed, _db.Database.GetDbConnection().State);
        Assert.False(await WaitingAsync());
        Assert.Equal(System.Data.ConnectionState.Closed, _db.Database.GetDbConnection().State);
    }

    [Fact]
    public async Task ProbingCompilesNoLinqQuery()
    {
        _db.Jobs.Add(new Job { Kind = JobKind.Notice });
        await _db.SaveChangesAsync();
        lock (_events)
        {
            _events.Clear();
        }

        Assert.True(await WaitingAsync());
        Assert.True(await _db.HasRowsAsync<Job>(CancellationToken.None, ColumnCondition.EqualTo(nameof(Job.Kind), JobKind.Notice)));

        lock (_events)
        {
            Assert.DoesNotContain(_events, e => e.Id == CoreEventId.QueryCompilationStarting.Id);
        }

        // The check above can fail: a LINQ query does log the event.
        _ = await _db.Jobs.AnyAsync();
        lock (_events)
        {
            Assert.Contains(_events, e => e.Id == CoreEventId.QueryCompilationStarting.Id);
        }
    }

    [Fact]
    public async Task AnUnknownPropertyIsNamedInTheError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _db.HasRowsAsync<Job>(CancellationToken.None, ColumnCondition.IsNull("FinishedAt")));

        Assert.Contains("FinishedAt", error.Message);
    }

    private enum JobKind
    {
        Notice,
        Delisting,
    }

    private sealed class Job
    {
        public long Id { get; set; }

        public JobKind Kind { get; set; }

        public DateTimeOffset? DoneAt { get; set; }

        public DateTimeOffset? GaveUpAt { get; set; }
    }

    private sealed class Queue(DbContextOptions<Queue> options) : DbContext(options)
    {
        public DbSet<Job> Jobs => Set<Job>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Job>(job =>
            {
                job.ToTable("job queue");
                job.Property(j => j.Kind).HasConversion<string>().HasColumnName("job kind");
                job.Property(j => j.DoneAt).HasColumnName("done at");
            });
    }
}
