using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LandPlatform.Persistence.Tests;

/// <summary>
/// The probe background loops ask before their real query: plain SQL from the model's names and mappings,
/// answering exactly what the equivalent LINQ <c>AnyAsync</c> would, without compiling a LINQ query.
/// </summary>
public sealed class RowExistenceTests : IDisposable
{
    /// <summary>Set to a PostgreSQL server's connection string to run every case on PostgreSQL too.</summary>
    public const string PostgresVariable = "PERSISTENCE_TEST_POSTGRES";

    private readonly TempDirectory _data = TempDirectory.Create("lp-probe-");
    private readonly List<EventId> _events = [];
    private readonly List<string> _databases = [];
    private Queue _db = null!;

    public static TheoryData<string> Providers()
    {
        var providers = new TheoryData<string> { "sqlite" };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            providers.Add("postgres");
        }

        return providers;
    }

    private async Task OpenAsync(string provider)
    {
        var options = new DbContextOptionsBuilder<Queue>()
            .LogTo((id, _) => { lock (_events) { _events.Add(id); } return false; }, _ => { });
        if (provider == "postgres")
        {
            var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable));
            server.Database = "probe_" + Guid.NewGuid().ToString("N");
            _databases.Add(server.Database);
            options.UseNpgsql(server.ConnectionString);
        }
        else
        {
            options.UseSqlite($"Data Source={Path.Combine(_data.Path, "queue.db")}");
        }

        _db = new Queue(options.Options);
        await _db.Database.EnsureCreatedAsync();
    }

    public void Dispose()
    {
        if (_databases.Count > 0)
        {
            _db.Database.EnsureDeleted();
        }

        _db?.Dispose();
        _data.Dispose();
    }

    private Task<bool> WaitingAsync() => _db.HasRowsAsync<Job>(
        CancellationToken.None, ColumnCondition.IsNull(nameof(Job.DoneAt)), ColumnCondition.IsNull(nameof(Job.GaveUpAt)));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnEmptyTableHasNoRows(string provider)
    {
        await OpenAsync(provider);
        Assert.False(await _db.HasRowsAsync<Job>(CancellationToken.None));
        Assert.False(await WaitingAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NullConditionsMatchOnlyRowsWhereEveryColumnIsNull(string provider)
    {
        await OpenAsync(provider);
        _db.Jobs.Add(new Job { Kind = JobKind.Notice, DoneAt = DateTimeOffset.UnixEpoch });
        _db.Jobs.Add(new Job { Kind = JobKind.Notice, GaveUpAt = DateTimeOffset.UnixEpoch });
        await _db.SaveChangesAsync();
        Assert.True(await _db.HasRowsAsync<Job>(CancellationToken.None));
        Assert.False(await WaitingAsync());

        _db.Jobs.Add(new Job { Kind = JobKind.Notice });
        await _db.SaveChangesAsync();
        Assert.True(await WaitingAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AValueIsComparedAsTheModelStoresIt(string provider)
    {
        await OpenAsync(provider);
        // Kind is stored as its name in a renamed column: the probe must convert and quote as EF Core does.
        _db.Jobs.Add(new Job { Kind = JobKind.Delisting });
        await _db.SaveChangesAsync();

        Assert.True(await _db.HasRowsAsync<Job>(CancellationToken.None, ColumnCondition.EqualTo(nameof(Job.Kind), JobKind.Delisting)));
        Assert.False(await _db.HasRowsAsync<Job>(CancellationToken.None, ColumnCondition.EqualTo(nameof(Job.Kind), JobKind.Notice)));
        Assert.Equal(await _db.Jobs.AnyAsync(j => j.Kind == JobKind.Notice), await _db.HasRowsAsync<Job>(
            CancellationToken.None, ColumnCondition.EqualTo(nameof(Job.Kind), JobKind.Notice)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ItSeesTheRowsOfTheTransactionItRunsInAndLeavesTheConnectionAsItFoundIt(string provider)
    {
        await OpenAsync(provider);
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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ProbingCompilesNoLinqQuery(string provider)
    {
        await OpenAsync(provider);
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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CountsPerValueAreReadBackAsTheModelsValuesAndMatchLinq(string provider)
    {
        await OpenAsync(provider);
        Assert.Empty(await _db.CountByAsync<Job, JobKind>(nameof(Job.Kind), CancellationToken.None));

        _db.Jobs.AddRange(
            new Job { Kind = JobKind.Delisting },
            new Job { Kind = JobKind.Notice },
            new Job { Kind = JobKind.Delisting, DoneAt = DateTimeOffset.UnixEpoch });
        await _db.SaveChangesAsync();
        lock (_events)
        {
            _events.Clear();
        }

        // Kind is stored as its name in a renamed column: the counts come back keyed by the enum.
        var counts = await _db.CountByAsync<Job, JobKind>(nameof(Job.Kind), CancellationToken.None);
        lock (_events)
        {
            Assert.DoesNotContain(_events, e => e.Id == CoreEventId.QueryCompilationStarting.Id);
        }

        Assert.Equal(new Dictionary<JobKind, int> { [JobKind.Delisting] = 2, [JobKind.Notice] = 1 }, counts);
        Assert.Equal(
            await _db.Jobs.GroupBy(j => j.Kind).ToDictionaryAsync(g => g.Key, g => g.Count()),
            counts);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnUnknownPropertyIsNamedInTheError(string provider)
    {
        await OpenAsync(provider);
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
