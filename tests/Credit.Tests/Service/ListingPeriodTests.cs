using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.Credit.Scheduling;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.IntegrationContracts.Credit;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>
/// The end of the listing period (《国办发〔2025〕22号》二: 严重失信信息公示期最短为1年，最长为3年): from then on
/// the listing neither bars land nor is published, whether or not anyone has delisted it; the period-end
/// job then records 期满移出 and tells subscribers once. The period ends by moving the service's clock.
/// </summary>
[Collection(CreditServiceCollection.Name)]
public sealed class ListingPeriodTests(RabbitMqNode rabbit, IssuerFixture issuer)
{
    [Fact]
    public async Task Check_is_clear_once_the_listing_period_has_ended_without_a_decision()
    {
        // Both jobs idle: only the clock decides.
        await using var credit = new CreditService(rabbit, issuer, jobIntervalSeconds: 3600);
        await credit.RegisterAsync(Codes.EnterpriseA);
        var listing = await credit.EffectiveByRejectedObjectionAsync(Codes.EnterpriseA, "enterprise.a");
        using var channel = GrpcChannel.ForAddress(credit.Host.GrpcAddress);
        var token = await issuer.ServiceTokenAsync("admission");
        var during = await CheckAsync(channel, token, Codes.EnterpriseA);
        Assert.True(during.Blacklisted);
        Assert.Equal(CreditStanding.Listed, during.Status);

        credit.MovePastListingPeriod(listing);

        var after = await CheckAsync(channel, token, Codes.EnterpriseA);
        Assert.False(after.Blacklisted);
        Assert.Equal(CreditStanding.Clear, after.Status);
        Assert.Empty(after.Listings);
        // Nobody has decided anything: the listing is still Effective in the file, but bars no land.
        var stored = await credit.GetListingAsync(listing.GetProperty("id").GetGuid());
        Assert.Equal("Effective", stored.GetProperty("status").GetString());
        Assert.False(stored.GetProperty("barsLand").GetBoolean());
        using var clerk = await credit.AsAsync("credit.clerk");
        var file = await clerk.GetFromJsonAsync<JsonElement>($"/enterprises/{Codes.EnterpriseA}");
        Assert.Equal("Clear", file.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_expired_listing_is_not_on_the_public_list()
    {
        await using var credit = new CreditService(rabbit, issuer, jobIntervalSeconds: 3600);
        await credit.RegisterAsync(Codes.EnterpriseA, "期满示范有限公司");
        var listing = await credit.EffectiveByRejectedObjectionAsync(Codes.EnterpriseA, "enterprise.a");
        using var anonymous = await credit.AsAsync(null);
        var during = await anonymous.GetFromJsonAsync<JsonElement>("/public/listings");
        Assert.Equal(1, during.GetProperty("total").GetInt32());

        credit.MovePastListingPeriod(listing);

        var after = await anonymous.GetFromJsonAsync<JsonElement>("/public/listings");
        Assert.Equal(0, after.GetProperty("total").GetInt32());
        Assert.Empty(after.GetProperty("items").EnumerateArray());
        var searched = await anonymous.GetFromJsonAsync<JsonElement>("/public/listings?search=期满示范");
        Assert.Empty(searched.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_period_end_job_delists_once_and_publishes_once()
    {
        await using var credit = new CreditService(rabbit, issuer, jobIntervalSeconds: 0.2);
        await credit.RegisterAsync(Codes.EnterpriseA);
        var listing = await credit.EffectiveByRejectedObjectionAsync(Codes.EnterpriseA, "enterprise.a");
        var id = listing.GetProperty("id").GetGuid();
        // As stored (to the millisecond), which is what the job reads.
        var periodEndsAt = (await credit.GetListingAsync(id)).GetProperty("periodEndsAt").GetDateTimeOffset();

        credit.MovePastListingPeriod(listing);

        var delisted = await CreditService.EventuallyAsync(
            () => credit.GetListingAsync(id), l => l.GetProperty("status").GetString() == "Delisted", "the job delists the listing");
        var delisting = delisted.GetProperty("delisting");
        Assert.Equal("PeriodEnded", delisting.GetProperty("kind").GetString());
        Assert.Equal("system:credit", delisting.GetProperty("decidedBy").GetProperty("id").GetString());
        Assert.Equal(periodEndsAt, delisting.GetProperty("at").GetDateTimeOffset());
        var last = delisted.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Delisted", last.GetProperty("step").GetString());
        Assert.StartsWith("期满移出", last.GetProperty("what").GetString(), StringComparison.Ordinal);

        // Running again changes nothing: no listing is due, the history and the outbox stay as they are.
        var job = credit.Host.Services.GetServices<IHostedService>().OfType<ListingPeriodJob>().Single();
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));
        var again = await credit.GetListingAsync(id);
        Assert.Equal(delisted.GetProperty("history").GetArrayLength(), again.GetProperty("history").GetArrayLength());

        // Published once, through the outbox, and sent.
        var sent = await CreditService.EventuallyAsync(
            () => DelistedEventsAsync(credit, id), rows => rows.Count == 1 && rows[0].SentAt is not null, "one EnterpriseDelisted sent");
        Assert.Contains("PeriodEnded", sent[0].Body, StringComparison.Ordinal);
        using var auditor = await credit.AsAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/audit/records?operation=credit.listing.period-ended&resourceId={id}");
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("service:credit", record.GetProperty("personId").GetString());
    }

    private static async Task<List<OutboxMessage>> DelistedEventsAsync(CreditService credit, Guid listingId)
    {
        await using var scope = credit.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.Contains("Delisted")).ToListAsync();
        return rows.Where(m => m.Body.Contains(listingId.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static async Task<CheckResponse> CheckAsync(GrpcChannel channel, string token, string uscc) =>
        await new CreditCheck.CreditCheckClient(channel).CheckAsync(
            new CheckRequest { Uscc = uscc }, new Metadata { { "authorization", "Bearer " + token } }, deadline: DateTime.UtcNow.AddSeconds(10));
}
