using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using MassTransit;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>
/// Another bureau's event, published on the real broker by a second bus (as the contracts service would),
/// opens a notice citing the event; the same message delivered twice, and the same termination sent again
/// under a new message id, open nothing more.
/// </summary>
[Collection(CreditServiceCollection.Name)]
public sealed class EventNoticeTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private CreditService _credit = null!;
    private IBusControl _bus = null!;

    public async Task InitializeAsync()
    {
        _credit = new CreditService(rabbit, issuer);
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.AmqpUri);
            cfg.Publish<IntegrationEvent>(p => p.Exclude = true);
        });
        await _bus.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bus.StopAsync();
        await _credit.DisposeAsync();
    }

    [Fact]
    public async Task A_termination_for_cause_opens_one_notice_citing_the_event_however_often_it_arrives()
    {
        var uscc = Codes.Fresh();
        using var auditor = await _credit.AsAsync("auditor");
        // The service declares its queues and bindings at start: wait until it is ready before publishing.
        await CreditService.EventuallyAsync(
            async () => (await auditor.GetAsync("/health")).IsSuccessStatusCode, ok => ok, "the service is ready");

        var terminated = new ContractTerminated(Guid.NewGuid(), uscc, new DateOnly(2025, 1, 10), "UnauthorisedChangeOfUse")
        {
            DocumentType = "解除合同通知书",
            DocumentNumber = "石规自〔2025〕3号",
            DocumentDate = new DateOnly(2025, 1, 10),
            EnterpriseName = "擅改用途示范有限公司",
        };
        await PublishAsync(terminated, terminated.EventId);
        await PublishAsync(terminated, terminated.EventId);
        var again = terminated with { EventId = Guid.NewGuid() };
        await PublishAsync(again, again.EventId);

        using var clerk = await _credit.AsAsync("credit.clerk");
        // Two distinct messages are consumed (and audited); the redelivery is dropped by the inbox.
        await CreditService.EventuallyAsync(
            async () => (await auditor.GetFromJsonAsync<JsonElement>("/audit/records?operation=consume:ContractTerminated")).GetProperty("total").GetInt32(),
            n => n >= 2,
            "both messages consumed");
        await CreditService.EventuallyAsync(
            async () => (await rabbit.ListQueuesAsync()).Where(q => q.Key.StartsWith("credit-", StringComparison.Ordinal)).Sum(q => q.Value),
            n => n == 0,
            "the credit queues are drained");

        var file = await clerk.GetFromJsonAsync<JsonElement>($"/enterprises/{uscc}");
        var listing = Assert.Single(file.GetProperty("listings").EnumerateArray());
        Assert.Equal("Noticed", listing.GetProperty("status").GetString());
        Assert.Equal("UnauthorisedChangeOfUse", listing.GetProperty("reason").GetString());
        Assert.Equal($"ContractTerminated:{terminated.ContractId}", listing.GetProperty("source").GetProperty("eventKey").GetString());
        Assert.Equal("石规自〔2025〕3号", listing.GetProperty("document").GetProperty("number").GetString());
        Assert.Equal("擅改用途示范有限公司", file.GetProperty("file").GetProperty("name").GetString());
        var consumed = await auditor.GetFromJsonAsync<JsonElement>("/audit/records?operation=consume:ContractTerminated");
        Assert.Equal(2, consumed.GetProperty("total").GetInt32());
        Assert.Contains(consumed.GetProperty("items").EnumerateArray(), r => r.GetProperty("personId").GetString() == "service:contracts");
    }

    [Fact]
    public async Task An_assessment_failure_that_can_still_be_rectified_opens_no_notice()
    {
        var uscc = Codes.Fresh();
        using var auditor = await _credit.AsAsync("auditor");
        await CreditService.EventuallyAsync(
            async () => (await auditor.GetAsync("/health")).IsSuccessStatusCode, ok => ok, "the service is ready");

        var failed = new AssessmentFailed(Guid.NewGuid(), Guid.NewGuid(), uscc, new DateOnly(2025, 2, 1), "亩均税收未达标", FinalAfterRectification: false)
        {
            DocumentType = "达标考核结论",
            DocumentNumber = "石发改〔2025〕7号",
            DocumentDate = new DateOnly(2025, 2, 1),
        };
        await PublishAsync(failed, failed.EventId);
        await CreditService.EventuallyAsync(
            async () => (await auditor.GetFromJsonAsync<JsonElement>("/audit/records?operation=consume:AssessmentFailed")).GetProperty("total").GetInt32(),
            n => n == 1,
            "the message consumed");

        using var clerk = await _credit.AsAsync("credit.clerk");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await clerk.GetAsync($"/enterprises/{uscc}")).StatusCode);
    }

    [Fact]
    public async Task A_manual_notice_on_the_document_of_an_event_notice_is_refused()
    {
        var uscc = Codes.Fresh();
        using var auditor = await _credit.AsAsync("auditor");
        await CreditService.EventuallyAsync(
            async () => (await auditor.GetAsync("/health")).IsSuccessStatusCode, ok => ok, "the service is ready");
        // The contracts bureau terminates for cause, citing the very document the clerk's notice cites.
        var terminated = new ContractTerminated(Guid.NewGuid(), uscc, new DateOnly(2025, 1, 20), "Fraud")
        {
            DocumentType = "解除合同通知书",
            DocumentNumber = "石政地〔2025〕12号",
            DocumentDate = new DateOnly(2025, 1, 20),
            EnterpriseName = "一事一列示范有限公司",
        };
        await PublishAsync(terminated, terminated.EventId);
        using var clerk = await _credit.AsAsync("credit.clerk");
        var file = await CreditService.EventuallyAsync(
            async () => await clerk.GetAsync($"/enterprises/{uscc}") is { IsSuccessStatusCode: true } r ? await r.Content.ReadFromJsonAsync<JsonElement>() : default,
            f => f.ValueKind == JsonValueKind.Object && f.GetProperty("listings").GetArrayLength() == 1,
            "the event opens its notice");
        var eventNotice = file.GetProperty("listings")[0].GetProperty("id").GetGuid();

        using var manual = await clerk.PostAsJsonAsync("/listings", CreditService.Notice(uscc));

        var problem = await Problem.AssertAsync(manual, System.Net.HttpStatusCode.Conflict);
        Assert.Equal("ADocumentOpensOneListing", problem.GetProperty("rule").GetString());
        Assert.Contains(eventNotice.ToString(), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await clerk.GetFromJsonAsync<JsonElement>($"/enterprises/{uscc}");
        Assert.Single(after.GetProperty("listings").EnumerateArray());
    }

    private Task PublishAsync<T>(T message, Guid messageId)
        where T : class =>
        _bus.Publish(message, context =>
        {
            context.MessageId = messageId;
            context.Headers.Set(MessageHeadersExtensions.PublisherHeader, "contracts");
        });
}
