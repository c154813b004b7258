using LandPlatform.Auditing.Api;
using LandPlatform.Auditing.Tests.TestApp;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing.Tests;

/// <summary>The consumer's path: records inside the caller's own transaction, and the lock it holds.</summary>
public sealed class MessageAndChainLockTests : IAsyncLifetime
{
    private readonly AuditAppFactory _app = new();

    public async Task InitializeAsync() => await _app.WithDbAsync(db => db.Parcels.CountAsync());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_consumed_message_is_recorded_in_the_consumers_transaction_with_its_publisher()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Parcels.Add(new Parcel(Guid.NewGuid(), "from a message"));
            audit.RecordConsumed("ContractSigned", "m-1", "parcels.import", "parcel", "p-1", "{\"x\":1}", publisher: "contracts");
            await db.SaveChangesAsync();
            // A second save in the same transaction continues the chain it already holds.
            audit.RecordConsumed("ContractSigned", "m-2", "parcels.import", "parcel", "p-2", null);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        var records = (await _app.RecordsAsync()).Items;
        Assert.Equal(["message:ContractSigned:m-2", "message:ContractSigned:m-1"], records.Select(r => r.Source));
        Assert.Equal(("service:contracts", "service", "contracts"), (records[1].PersonId, records[1].Bureau, records[1].CallingService));
        Assert.Equal(("message", (string?)null), (records[0].PersonId, records[0].CallingService));
        Assert.Equal(new AuditVerification(true, 2), await _app.VerifyAsync());
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_record_and_releases_the_chain()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordConsumed("T", "m-1", "op", null, null, null);
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }

        // Were the lock still held, this would wait forever; the timeout makes that a failure.
        await RecordAloneAsync("after").WaitAsync(TimeSpan.FromSeconds(10));

        var record = Assert.Single((await _app.RecordsAsync()).Items);
        Assert.Equal((1L, "after"), (record.Sequence, record.Operation));
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_releases_the_chain()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            var tx = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordConsumed("T", "m-1", "op", null, null, null);
            await db.SaveChangesAsync();
            await tx.DisposeAsync();
        }

        await RecordAloneAsync("after").WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(new AuditVerification(true, 1), await _app.VerifyAsync());
    }

    [Fact]
    public async Task Audit_records_cannot_be_changed_through_the_context()
    {
        await RecordAloneAsync("original");

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var record = await db.Set<AuditRecord>().SingleAsync();
        db.Remove(record);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private async Task RecordAloneAsync(string operation)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        scope.ServiceProvider.GetRequiredService<IAuditTrail>().Record(new AuditEntry(operation, null, null));
        await db.SaveChangesAsync();
    }
}
