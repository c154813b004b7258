using System.Net;
using System.Net.Http.Json;
using LandPlatform.Auditing.Tests.TestApp;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing.Tests;

public sealed class WriteAuditTests : IAsyncLifetime
{
    private readonly AuditAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_write_is_recorded_once_with_its_actor_and_trace_id()
    {
        using var client = _app.ClientAs("clerk-7", "clerk", "planning", uscc: "91310000MA1FL8XQ3K");
        var traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/parcels") { Content = JsonContent.Create(new { name = "东区 A-3 地块" }) };
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var parcel = (await response.Content.ReadFromJsonAsync<Parcel>())!;
        var page = await _app.RecordsAsync();
        var record = Assert.Single(page.Items);
        Assert.Equal(("clerk-7", "clerk-7 name", "planning", "clerk", "91310000MA1FL8XQ3K"),
            (record.PersonId, record.ActorName, record.Bureau, record.Role, record.Uscc));
        Assert.Null(record.CallingService);
        Assert.Equal(("parcels.create", "parcel", parcel.Id.ToString()), (record.Operation, record.ResourceType, record.ResourceId));
        Assert.Equal(traceId, record.TraceId);
        Assert.Equal(("succeeded", "http", 1L), (record.Outcome, record.Source, record.Sequence));
        Assert.Contains("东区 A-3 地块", record.AfterSummary, StringComparison.Ordinal);
        Assert.Null(record.BeforeSummary);
    }

    [Fact]
    public async Task A_failing_SaveChanges_leaves_neither_the_state_nor_its_audit_record_only_the_failure()
    {
        using var client = _app.ClientAs("clerk-7", "clerk");
        (await client.PostAsJsonAsync("/parcels", new { name = "taken" })).EnsureSuccessStatusCode();

        // The unique name makes the second SaveChanges fail, with its audit record inside it.
        using var failed = await client.PostAsJsonAsync("/parcels", new { name = "taken" });

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Parcels.CountAsync()));
        var records = (await _app.RecordsAsync()).Items;
        Assert.Equal(["failed:500", "succeeded"], records.Select(r => r.Outcome));
        Assert.Equal("POST /parcels/", records[0].Operation);
        Assert.Single(records, r => r.Operation == "parcels.create");
        Assert.True((await _app.VerifyAsync()).Valid);
    }

    [Fact]
    public async Task A_rejected_request_is_recorded_as_rejected_and_changes_nothing()
    {
        using var client = _app.ClientAs("clerk-7", "clerk");

        using var response = await client.PostAsJsonAsync("/parcels", new { name = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Parcels.CountAsync()));
        var record = Assert.Single((await _app.RecordsAsync()).Items);
        Assert.Equal(("rejected:400", "POST /parcels/", "clerk-7"), (record.Outcome, record.Operation, record.PersonId));
    }

    [Fact]
    public async Task Denied_requests_are_recorded_with_the_actor_or_as_anonymous()
    {
        using var clerk = _app.ClientAs("clerk-7", "clerk");
        var created = (await (await clerk.PostAsJsonAsync("/parcels", new { name = "p" })).Content.ReadFromJsonAsync<Parcel>())!;
        using var anonymous = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.DeleteAsync($"/parcels/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync($"/parcels/{created.Id}")).StatusCode);

        var records = (await _app.RecordsAsync("?outcome=denied")).Items;
        Assert.Equal(["denied:401", "denied:403"], records.Select(r => r.Outcome));
        Assert.Equal(["anonymous", "clerk-7"], records.Select(r => r.PersonId));
        Assert.All(records, r => Assert.Equal(("DELETE /parcels/{id:guid}", "parcels", created.Id.ToString()), (r.Operation, r.ResourceType, r.ResourceId)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Parcels.CountAsync()));
    }

    [Fact]
    public async Task A_write_whose_endpoint_does_not_record_is_recorded_by_the_middleware()
    {
        using var leader = _app.ClientAs("leader-1", "leader");
        var created = (await (await leader.PostAsJsonAsync("/parcels", new { name = "p" })).Content.ReadFromJsonAsync<Parcel>())!;

        (await leader.PutAsJsonAsync($"/parcels/{created.Id}/unrecorded", new { name = "q" })).EnsureSuccessStatusCode();
        (await leader.DeleteAsync($"/parcels/{created.Id}")).EnsureSuccessStatusCode();

        var records = (await _app.RecordsAsync()).Items;
        Assert.Equal(["parcels.delete", "PUT /parcels/{id:guid}/unrecorded", "parcels.create"], records.Select(r => r.Operation));
        Assert.All(records, r => Assert.Equal("succeeded", r.Outcome));
        Assert.Contains("\"name\":\"q\"", records[0].BeforeSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_calling_service_is_the_actor_of_its_requests()
    {
        using var client = _app.ClientAs(service: "monitoring", bureau: "service");

        (await client.PostAsJsonAsync("/parcels", new { name = "p" })).EnsureSuccessStatusCode();

        var record = Assert.Single((await _app.RecordsAsync()).Items);
        Assert.Equal(("service:monitoring", "service", "monitoring"), (record.PersonId, record.Bureau, record.CallingService));
    }
}
