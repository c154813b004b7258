using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Credit.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Credit.Tests.Service;

/// <summary>Each transition of the listing lifecycle through the REST API; the objection period elapses by moving the service's clock.</summary>
[Collection(CreditServiceCollection.Name)]
public sealed class ListingLifecycleTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private CreditService _credit = null!;

    public Task InitializeAsync()
    {
        _credit = new CreditService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _credit.DisposeAsync();

    [Fact]
    public async Task Notice_takes_effect_when_the_period_elapses_then_is_delisted_by_decision_and_the_history_is_kept()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        var notice = await _credit.IssueNoticeAsync(Codes.EnterpriseA);
        var id = notice.GetProperty("id").GetGuid();
        Assert.Equal("Noticed", notice.GetProperty("status").GetString());
        Assert.False(notice.GetProperty("barsLand").GetBoolean());
        Assert.Equal("NoticeIssued", notice.GetProperty("history")[0].GetProperty("step").GetString());

        // Before the period ends the job leaves it alone.
        await Task.Delay(500);
        Assert.Equal("Noticed", (await _credit.GetListingAsync(id)).GetProperty("status").GetString());

        _credit.MovePastObjectionPeriod(notice);
        var effective = await CreditService.EventuallyAsync(
            () => _credit.GetListingAsync(id), l => l.GetProperty("status").GetString() == "Effective", "the job makes the notice effective");
        Assert.Equal(notice.GetProperty("objectionPeriodEndsAt").GetDateTimeOffset(), effective.GetProperty("effectiveFrom").GetDateTimeOffset());
        var step = effective.GetProperty("history")[1];
        Assert.Equal("TookEffectAfterObjectionPeriod", step.GetProperty("step").GetString());
        Assert.Equal("system:credit", step.GetProperty("by").GetProperty("id").GetString());

        // The job's step is audited with the credit service itself as the actor.
        using var auditor = await _credit.AsAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/audit/records?operation=credit.listing.take-effect&resourceId={id}");
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("service:credit", record.GetProperty("personId").GetString());
        Assert.Equal("credit", record.GetProperty("callingService").GetString());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("traceId").GetString()));

        using var reviewer = await _credit.AsAsync("credit.reviewer");
        using var delisted = await reviewer.PostAsJsonAsync($"/listings/{id}/delisting", new { kind = "CauseCured", reasons = "已足额补缴地价款及违约金" });
        var body = await Problem.AssertAsync(delisted, HttpStatusCode.OK);
        Assert.Equal("Delisted", body.GetProperty("status").GetString());
        Assert.Equal(new[] { "NoticeIssued", "TookEffectAfterObjectionPeriod", "Delisted" }, body.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString()!));

        // History is never deleted: the file still holds the listing.
        using var clerk = await _credit.AsAsync("credit.clerk");
        var file = await clerk.GetFromJsonAsync<JsonElement>($"/enterprises/{Codes.EnterpriseA}");
        Assert.Equal("Clear", file.GetProperty("status").GetString());
        Assert.Single(file.GetProperty("listings").EnumerateArray());
    }

    [Fact]
    public async Task Objection_within_the_period_holds_the_notice_and_a_rejected_objection_makes_it_effective()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        var notice = await _credit.IssueNoticeAsync(Codes.EnterpriseA);
        var id = notice.GetProperty("id").GetGuid();

        using var enterprise = await _credit.AsAsync("enterprise.a");
        using var objected = await enterprise.PostAsJsonAsync($"/listings/{id}/objections", new { grounds = "合同已按约履行", evidence = new[] { new { id = "ev-9", title = "付款凭证" } } });
        Assert.Equal("Pending", (await Problem.AssertAsync(objected, HttpStatusCode.OK)).GetProperty("objection").GetProperty("outcome").GetString());

        // A pending objection stops the job: the period elapses, the notice waits for the review.
        _credit.MovePastObjectionPeriod(notice);
        await Task.Delay(700);
        Assert.Equal("Noticed", (await _credit.GetListingAsync(id)).GetProperty("status").GetString());

        using var reviewer = await _credit.AsAsync("credit.reviewer");
        using var decided = await reviewer.PostAsJsonAsync($"/listings/{id}/objections/decision", new { outcome = "Rejected", reasons = "付款凭证与合同约定不符" });
        var body = await Problem.AssertAsync(decided, HttpStatusCode.OK);
        Assert.Equal("Effective", body.GetProperty("status").GetString());
        Assert.Equal("ObjectionRejected", body.GetProperty("history").EnumerateArray().Last().GetProperty("step").GetString());
    }

    [Fact]
    public async Task Upheld_objection_withdraws_the_notice()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        var id = (await _credit.IssueNoticeAsync(Codes.EnterpriseA)).GetProperty("id").GetGuid();
        using var enterprise = await _credit.AsAsync("enterprise.a");
        (await enterprise.PostAsJsonAsync($"/listings/{id}/objections", new { grounds = "违约事实不成立" })).EnsureSuccessStatusCode();

        using var leader = await _credit.AsAsync("credit.leader");
        using var decided = await leader.PostAsJsonAsync($"/listings/{id}/objections/decision", new { outcome = "upheld", reasons = "经核实异议成立" });
        Assert.Equal("Withdrawn", (await Problem.AssertAsync(decided, HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_requests_are_refused_by_field_or_by_rule_and_nothing_is_stored()
    {
        await _credit.RegisterAsync(Codes.EnterpriseA);
        using var clerk = await _credit.AsAsync("credit.clerk");

        await Problem.FieldAsync(await clerk.PostAsJsonAsync("/listings", CreditService.Notice("91350100M000100Y44")), "uscc");
        await Problem.FieldAsync(await clerk.PostAsJsonAsync("/listings", CreditService.Notice(Codes.EnterpriseA, "Unknown")), "reason");
        await Problem.AssertAsync(await clerk.PostAsJsonAsync("/listings", CreditService.Notice(Codes.Fresh())), HttpStatusCode.NotFound);
        await Problem.RuleAsync(
            await clerk.PostAsJsonAsync("/listings", new { uscc = Codes.EnterpriseA, reason = "Fraud" }),
            "ListingMustRestOnALegallyEffectiveDocument");
        await Problem.AssertAsync(await clerk.GetAsync($"/listings/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        var file = await clerk.GetFromJsonAsync<JsonElement>($"/enterprises/{Codes.EnterpriseA}");
        Assert.Empty(file.GetProperty("listings").EnumerateArray());

        // Delisting what is not listed.
        var id = (await _credit.IssueNoticeAsync(Codes.EnterpriseA)).GetProperty("id").GetGuid();
        using var reviewer = await _credit.AsAsync("credit.reviewer");
        await Problem.RuleAsync(
            await reviewer.PostAsJsonAsync($"/listings/{id}/delisting", new { kind = "CauseCured", reasons = "已整改" }),
            "OnlyAnEffectiveListingCanBeDelisted");
        await Problem.FieldAsync(await reviewer.PostAsJsonAsync($"/listings/{id}/delisting", new { kind = "CauseCured" }), "reasons");
        Assert.Equal("Noticed", (await _credit.GetListingAsync(id)).GetProperty("status").GetString());
    }
}
