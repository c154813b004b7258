using System.Net;
using System.Net.Http.Json;

namespace LandPlatform.Auditing.Tests;

public sealed class QueryTests : IAsyncLifetime
{
    private readonly AuditAppFactory _app = new();

    public async Task InitializeAsync()
    {
        using var clerk = _app.ClientAs("clerk-7", "clerk");
        using var other = _app.ClientAs("clerk-8", "clerk");
        for (var i = 0; i < 7; i++)
        {
            (await clerk.PostAsJsonAsync("/parcels", new { name = $"a{i}" })).EnsureSuccessStatusCode();
        }

        (await other.PostAsJsonAsync("/parcels", new { name = "b" })).EnsureSuccessStatusCode();
        await other.PostAsJsonAsync("/parcels", new { name = "" });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Pages_run_newest_first_with_the_total()
    {
        var first = await _app.RecordsAsync("?pageSize=4");
        var third = await _app.RecordsAsync("?page=3&pageSize=4");

        Assert.Equal((1, 4, 9), (first.Page, first.PageSize, first.Total));
        Assert.Equal([9L, 8, 7, 6], first.Items.Select(r => r.Sequence));
        Assert.Equal([1L], third.Items.Select(r => r.Sequence));
        Assert.Equal(50, (await _app.RecordsAsync()).PageSize);
    }

    [Fact]
    public async Task Filters_combine()
    {
        Assert.Equal(7, (await _app.RecordsAsync("?actor=clerk-7")).Total);
        Assert.Equal(8, (await _app.RecordsAsync("?operation=parcels.create")).Total);
        Assert.Equal(1, (await _app.RecordsAsync("?actor=clerk-8&outcome=rejected")).Total);
        Assert.Equal(1, (await _app.RecordsAsync("?outcome=rejected:400")).Total);
        Assert.Equal(0, (await _app.RecordsAsync("?outcome=rejected:403")).Total);

        var one = (await _app.RecordsAsync("?actor=clerk-8&outcome=succeeded")).Items.Single();
        var byResource = await _app.RecordsAsync($"?resourceType=parcel&resourceId={one.ResourceId}");
        Assert.Equal(one.Sequence, Assert.Single(byResource.Items).Sequence);
    }

    [Fact]
    public async Task Time_filters_are_from_inclusive_to_exclusive()
    {
        var all = (await _app.RecordsAsync()).Items;
        var fourth = all.Single(r => r.Sequence == 4).RecordedAt;
        var from = Uri.EscapeDataString(fourth.ToString("O"));

        var since = await _app.RecordsAsync($"?from={from}");
        var before = await _app.RecordsAsync($"?to={from}");

        Assert.Equal(all.Count(r => r.RecordedAt >= fourth), since.Total);
        Assert.Equal(all.Count(r => r.RecordedAt < fourth), before.Total);
        Assert.Equal(9, since.Total + before.Total);
        Assert.Contains(since.Items, r => r.Sequence == 4);
    }

    [Theory]
    [InlineData("?pageSize=201")]
    [InlineData("?pageSize=0")]
    [InlineData("?page=0")]
    [InlineData("?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z")]
    public async Task Out_of_range_queries_are_a_validation_problem(string query)
    {
        using var client = _app.Auditor();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/audit/records" + query)).StatusCode);
    }

    [Fact]
    public async Task The_callers_authorization_applies_to_the_audit_api()
    {
        using var clerk = _app.ClientAs("clerk-7", "clerk");
        using var anonymous = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/audit/records")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/audit/verification")).StatusCode);
    }
}
