using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Auditing;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Operations;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Messaging.Tests.Operations;

/// <summary>The operations API over HTTP with real tokens: who may read, who may replay, and what is audited.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class OperationsApiTests(RabbitMqNode node, IssuerFixture issuer) : IClassFixture<IssuerFixture>
{
    private const string Outbox = "/operations/messages/outbox";
    private const string ErrorQueues = "/operations/messages/error-queues";

    [Fact]
    public async Task Operators_read_and_replay_auditors_only_read_and_bureau_staff_neither()
    {
        await using var service = await OperationsApiHost.StartAsync(issuer, node);
        var operatorToken = await issuer.PersonTokenAsync("operator");
        var auditor = await issuer.PersonTokenAsync("auditor");
        var clerk = await issuer.PersonTokenAsync("credit.clerk");
        var leader = await issuer.PersonTokenAsync("development.leader");
        var replay = $"{ErrorQueues}/{service.FailingQueue}/replay";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(service, HttpMethod.Get, Outbox, null));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(service, HttpMethod.Get, Outbox, clerk));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(service, HttpMethod.Get, ErrorQueues, leader));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(service, HttpMethod.Post, replay, clerk));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(service, HttpMethod.Get, Outbox, auditor));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(service, HttpMethod.Get, ErrorQueues, auditor));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(service, HttpMethod.Post, replay, auditor));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(service, HttpMethod.Post, $"{Outbox}/1/release", auditor));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(service, HttpMethod.Get, Outbox, operatorToken));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(service, HttpMethod.Post, replay, operatorToken));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(service, HttpMethod.Post, $"{Outbox}/999/release", operatorToken));

        using var denied = await service.SendAsync(HttpMethod.Post, replay, auditor);
        Assert.Contains(Permissions.OperationsMessagesReplay, await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_sees_the_failed_message_replays_it_and_the_replay_is_audited()
    {
        await using var service = await OperationsApiHost.StartAsync(issuer, node);
        var token = await issuer.PersonTokenAsync("operator");
        var applicationId = Guid.NewGuid();
        await service.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new ApplicationRejected(applicationId, "91330100MA2XXXXX1A", "incomplete"));
            return await db.SaveChangesAsync();
        });
        await Eventually.HoldsAsync(async () => await node.CountMessagesAsync(service.FailingQueue + "_error") == 1, "the message failed");

        using var listing = await service.SendAsync(HttpMethod.Get, ErrorQueues, token);
        var queues = await listing.Content.ReadFromJsonAsync<List<ErrorQueueInfo>>();
        Assert.Equal([new ErrorQueueInfo(service.FailingQueue, service.FailingQueue + "_error", true, 1)], queues);

        using var response = await service.SendAsync(HttpMethod.Post, $"{ErrorQueues}/{service.FailingQueue}_error/replay?max=10", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replay = await response.Content.ReadFromJsonAsync<ErrorQueueReplay>();
        Assert.Equal((service.FailingQueue, 10, 1), (replay!.Queue, replay.Requested, replay.Moved));
        // The consumer still fails, so the message is delivered again and comes back; it is never lost.
        await Eventually.HoldsAsync(async () => await node.CountMessagesAsync(service.FailingQueue + "_error") == 1
            && service.Services.GetRequiredService<HandlerCalls>().For(applicationId) == 4, "redelivered and failed again");

        var record = await service.WithDbAsync(db => db.Set<AuditRecord>().SingleAsync(r => r.Operation == "operations.messages.error-queue.replay"));
        Assert.Equal(("operator", Bureaus.Operations, AuditOutcome.Succeeded, service.FailingQueue), (record.PersonId, record.Bureau, record.Outcome, record.ResourceId));
        Assert.Contains("\"moved\":1", record.AfterSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_releases_a_parked_row_and_the_release_is_audited_with_its_failure_history()
    {
        await using var service = await OperationsApiHost.StartAsync(issuer, node);
        var token = await issuer.PersonTokenAsync("operator");
        var id = await service.WithDbAsync(async db =>
        {
            var row = db.AddIntegrationEvent(new ApplicationRejected(Guid.NewGuid(), "91330100MA2XXXXX1A", "x"));
            (row.Attempts, row.LastError, row.ParkedAt) = (20, "Simulated: serializer bug", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return row.Id;
        });

        using var parked = await service.SendAsync(HttpMethod.Get, $"{Outbox}?state=parked", token);
        var page = await parked.Content.ReadFromJsonAsync<OutboxPage>();
        Assert.Equal(id, Assert.Single(page!.Items).Id);

        using var released = await service.SendAsync(HttpMethod.Post, $"{Outbox}/{id}/release", token);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        var body = await released.Content.ReadFromJsonAsync<OutboxRelease>();
        Assert.Equal(("Simulated: serializer bug", 20), (body!.WasParked.LastError, body.WasParked.Attempts));
        await Eventually.HoldsAsync(
            () => service.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Id == id && m.SentAt != null)), "the released row was delivered");
        using var again = await service.SendAsync(HttpMethod.Post, $"{Outbox}/{id}/release", token);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var record = await service.WithDbAsync(db => db.Set<AuditRecord>().SingleAsync(r => r.Operation == "operations.messages.outbox.release"));
        Assert.Equal(("operator", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (record.PersonId, record.ResourceId));
        Assert.Contains("serializer bug", record.BeforeSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_services_queue_or_a_bad_query_is_a_400()
    {
        await using var service = await OperationsApiHost.StartAsync(issuer, node);
        var token = await issuer.PersonTokenAsync("operator");

        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(service, HttpMethod.Post, $"{ErrorQueues}/credit-enterprise-blacklisted/replay", token));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(service, HttpMethod.Post, $"{ErrorQueues}/{service.FailingQueue}/replay?max=0", token));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(service, HttpMethod.Get, $"{Outbox}?state=sent", token));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(service, HttpMethod.Get, $"{Outbox}?pageSize=1000", token));
    }

    [Fact]
    public async Task Mapping_without_permissions_refuses_to_build_the_endpoints()
    {
        using var directory = TempDirectory.Create("lp-ops-");
        await using var app = OperationsApiHost.Build(issuer, node, directory, "o" + Guid.NewGuid().ToString("N")[..8],
            a => a.MapMessagingOperations((_, _) => { }));

        var error = Assert.Throws<InvalidOperationException>(() =>
            ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).ToList());
        Assert.Contains("must require a permission", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Permission_names_match_the_reviewed_table()
    {
        Assert.Equal(Permissions.OperationsMessagesRead, MessagingOperationsPermissions.Read);
        Assert.Equal(Permissions.OperationsMessagesReplay, MessagingOperationsPermissions.Replay);
    }

    private static async Task<HttpStatusCode> StatusAsync(OperationsApiHost service, HttpMethod method, string path, string? token)
    {
        using var response = await service.SendAsync(method, path, token);
        return response.StatusCode;
    }
}
