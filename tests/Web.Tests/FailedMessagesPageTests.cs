using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using LandPlatform.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using RabbitMQ.Client;
using static Microsoft.Playwright.Assertions;

namespace LandPlatform.Web.Tests;

/// <summary>
/// The operators' page of failed messages against the real platform. No web test had put a message there, so: a parked
/// row is written into pricing's outbox (SQLite) the way tests/Messaging.Tests/Operations writes one through its DbContext,
/// and a message contracts cannot read is sent straight to its queue on the broker, which MassTransit moves to the
/// queue's <c>_error</c> queue.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class FailedMessagesPageTests(PortalPlatform platform)
{
    [Fact]
    public async Task AnOperatorSeesAParkedRowAndAnErrorQueueReleasesAndReplaysThemAndAnAuditorOnlyReads()
    {
        var parked = await ParkedReservePriceSetAsync();
        var (queue, errorQueue) = await PoisonedContractsQueueAsync();

        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, "operator");
        await page.OpenFromMenuAsync("失败消息");
        var pricing = page.Locator("#service-pricing");
        var row = pricing.GetByRole(AriaRole.Row).Filter(new() { HasText = "Simulated: the broker refused the message" });
        await Expect(row).ToContainTextAsync("ReservePriceSet");
        await Expect(row).ToContainTextAsync(parked.ToString(CultureInfo.InvariantCulture));
        await Expect(row).ToContainTextAsync("20");
        var contracts = page.Locator("#service-contracts");
        var failing = contracts.GetByRole(AriaRole.Row).Filter(new() { HasText = errorQueue });
        await Expect(failing).ToContainTextAsync(queue);
        await page.CheckAsync(platform, "90-messages-failed");

        // Released: the outbox sends it again and this time it goes.
        await row.GetByRole(AriaRole.Button, new() { Name = $"放行重发 出让底价第 {parked} 条消息（ReservePriceSet）" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"已放行出让底价第 {parked} 条消息（ReservePriceSet，此前失败 20 次），发件箱将重新发送。");
        await Eventually.HoldsAsync(async () => await SentAsync(parked), "the released row is sent", TimeSpan.FromMinutes(2));

        // Replayed: the error queue's message goes back to its queue (where, still unreadable, it fails again: never lost).
        await page.Locator("#service-contracts").GetByRole(AriaRole.Row).Filter(new() { HasText = errorQueue }).GetByRole(AriaRole.Button).ClickAsync();
        var replayed = page.GetByRole(AriaRole.Status);
        await Expect(replayed).ToContainTextAsync($"已将 {errorQueue} 中的");
        await Expect(replayed).ToContainTextAsync($"条消息移回 {queue} 重新处理");
        await page.CheckAsync(platform, "91-messages-replayed");
        await page.ReloadAsync();
        await Expect(page.Locator("#service-pricing").GetByRole(AriaRole.Row).Filter(new() { HasText = "Simulated: the broker refused the message" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        // An auditor sees what failed, with no button to act on it.
        var auditor = await platform.NewPageAsync();
        await auditor.SignInAsync(platform, "auditor");
        await auditor.OpenFromMenuAsync("失败消息");
        await Expect(auditor.Locator("#service-contracts").GetByRole(AriaRole.Row).Filter(new() { HasText = errorQueue })).ToContainTextAsync(queue);
        await Expect(auditor.Locator("main").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await auditor.CheckAsync(platform, "92-messages-auditor");
    }

    /// <summary>
    /// Planning fixes a reserve price (pricing's outbox gets a ReservePriceSet); a copy of that row with a new message id is
    /// written parked after 20 failed attempts, as the dispatcher leaves a row it gave up on.
    /// </summary>
    private async Task<long> ParkedReservePriceSetAsync()
    {
        var id = await Setup.QuoteAsync(platform);
        using var planning = await platform.ApiAs("planning.clerk");
        using var fixing = await planning.PostAsJsonAsync($"/api/pricing/quotes/{id}/reserve-price", new { applicationId = Guid.NewGuid(), parcelCode = $"津滨工停{Random.Shared.Next(1000, 9999)}" });
        Assert.Equal(HttpStatusCode.Created, fixing.StatusCode);

        await using var db = await PricingDbAsync();
        await using var insert = db.CreateCommand();
        insert.CommandText = """
            INSERT INTO OutboxMessages (MessageId, MessageType, Body, OccurredAt, Attempts, LastError, ParkedAt)
            SELECT $messageId, MessageType, Body, OccurredAt, 20, 'Simulated: the broker refused the message', $parkedAt
            FROM OutboxMessages WHERE MessageType = 'ReservePriceSet' ORDER BY Id DESC LIMIT 1;
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$messageId", Guid.NewGuid().ToString().ToUpperInvariant());
        insert.Parameters.AddWithValue("$parkedAt", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        return Convert.ToInt64(await insert.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<bool> SentAsync(long id)
    {
        await using var db = await PricingDbAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT SentAt IS NOT NULL FROM OutboxMessages WHERE Id = $id";
        query.Parameters.AddWithValue("$id", id);
        return Convert.ToInt64(await query.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 1;
    }

    private async Task<SqliteConnection> PricingDbAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(platform.DataDirectory, "pricing.db")};Default Timeout=30");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// A message contracts cannot read (not JSON) sent straight to its reserve-price queue: MassTransit moves it to the error
    /// queue. Returns the queue and its error queue, once contracts' operations API counts the message there.
    /// </summary>
    private async Task<(string Queue, string ErrorQueue)> PoisonedContractsQueueAsync()
    {
        using var operations = await platform.ApiAs("operator");
        var queues = await operations.GetFromJsonAsync<JsonElement>("/api/contracts/operations/messages/error-queues");
        var entry = queues.EnumerateArray().First(q => q.GetProperty("queue").GetString()!.Contains("reserve-price", StringComparison.Ordinal));
        var (queue, errorQueue) = (entry.GetProperty("queue").GetString()!, entry.GetProperty("errorQueue").GetString()!);
        var before = entry.GetProperty("messages").GetUInt32();

        var factory = new ConnectionFactory { Uri = new Uri(await platform.App.GetConnectionStringAsync("bus") ?? throw new InvalidOperationException("no bus")) };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString(), Persistent = true };
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, "{not json"u8.ToArray());
        }

        await Eventually.HoldsAsync(async () =>
        {
            var now = await operations.GetFromJsonAsync<JsonElement>("/api/contracts/operations/messages/error-queues");
            return now.EnumerateArray().Any(q => q.GetProperty("queue").GetString() == queue && q.GetProperty("messages").GetUInt32() > before);
        }, "the unreadable message is in contracts' error queue", TimeSpan.FromMinutes(2));
        return (queue, errorQueue);
    }
}
