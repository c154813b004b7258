using System.Net.Http.Json;
using LandPlatform.Auditing.Api;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing.Tests;

public sealed class ChainTests : IAsyncLifetime
{
    private readonly AuditAppFactory _app = new();

    public async Task InitializeAsync()
    {
        using var client = _app.ClientAs("clerk-7", "clerk");
        for (var i = 1; i <= 5; i++)
        {
            (await client.PostAsJsonAsync("/parcels", new { name = $"parcel {i}" })).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Each_record_carries_the_hash_of_the_one_before_it()
    {
        var records = (await _app.RecordsAsync()).Items.OrderBy(r => r.Sequence).ToList();

        Assert.Equal([1L, 2, 3, 4, 5], records.Select(r => r.Sequence));
        Assert.Equal(AuditHash.Genesis, records[0].PreviousHash);
        for (var i = 1; i < records.Count; i++)
        {
            Assert.Equal(records[i - 1].Hash, records[i].PreviousHash);
        }

        Assert.All(records, r => Assert.Matches("^[0-9a-f]{64}$", r.Hash));
        Assert.Equal(records.Count, records.Select(r => r.Hash).Distinct().Count());
    }

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        Assert.Equal(new AuditVerification(true, 5), await _app.VerifyAsync());
    }

    [Fact]
    public async Task Editing_one_row_by_hand_is_reported_at_that_row()
    {
        await _app.ExecuteRawAsync("UPDATE audit_records SET operation = 'parcels.nothing' WHERE sequence = 3");

        Assert.Equal(new AuditVerification(false, 3, 3, AuditVerification.HashMismatch), await _app.VerifyAsync());
    }

    [Fact]
    public async Task Editing_a_row_and_rehashing_it_breaks_the_next_link()
    {
        await _app.ExecuteRawAsync("UPDATE audit_records SET operation = 'parcels.nothing' WHERE sequence = 3");
        var rehashed = await _app.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking().SingleAsync(r => r.Sequence == 3));
        await _app.ExecuteRawAsync($"UPDATE audit_records SET hash = '{AuditHash.Compute(rehashed)}' WHERE sequence = 3");

        Assert.Equal(new AuditVerification(false, 4, 4, AuditVerification.PreviousHashMismatch), await _app.VerifyAsync());
    }

    [Fact]
    public async Task Deleting_a_row_is_reported_as_a_gap_at_the_missing_sequence()
    {
        await _app.ExecuteRawAsync("DELETE FROM audit_records WHERE sequence = 3");

        Assert.Equal(new AuditVerification(false, 3, 3, AuditVerification.SequenceGap), await _app.VerifyAsync());
    }

    [Fact]
    public async Task Renumbering_to_hide_a_deletion_breaks_the_previous_hash_link()
    {
        await _app.ExecuteRawAsync("DELETE FROM audit_records WHERE sequence = 3; UPDATE audit_records SET sequence = sequence - 1 WHERE sequence > 3");

        var result = await _app.VerifyAsync();

        Assert.Equal((false, 3L, AuditVerification.PreviousHashMismatch), (result.Valid, result.FirstBrokenSequence, result.Reason));
    }

    [Fact]
    public async Task The_schema_script_creates_the_audit_table_with_a_unique_sequence()
    {
        var script = await _app.WithDbAsync(db => Task.FromResult(db.Database.GenerateCreateScript()));

        Assert.Contains("CREATE TABLE \"audit_records\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_audit_records_sequence\" ON \"audit_records\" (\"sequence\")", script, StringComparison.Ordinal);
    }
}
