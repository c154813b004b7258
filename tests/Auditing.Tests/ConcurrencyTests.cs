using System.Net.Http.Json;
using LandPlatform.Auditing.Api;

namespace LandPlatform.Auditing.Tests;

public sealed class ConcurrencyTests : IAsyncLifetime
{
    private readonly AuditAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Fifty_parallel_writes_and_rejections_make_one_unbroken_chain()
    {
        using var client = _app.ClientAs("clerk-7", "clerk");

        // Every fifth request is rejected, so endpoint-recorded and middleware-recorded writes interleave.
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.PostAsJsonAsync("/parcels", new { name = i % 5 == 0 ? "" : $"parcel {i}" })));

        Assert.Equal(40, responses.Count(r => r.IsSuccessStatusCode));
        Assert.Equal(new AuditVerification(true, 50), await _app.VerifyAsync());
        var page = await _app.RecordsAsync("?pageSize=200");
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i).Reverse(), page.Items.Select(r => r.Sequence));
        Assert.Equal(10, page.Items.Count(r => r.Outcome == "rejected:400"));
    }
}
