using System.Net;
using LandPlatform.Admission.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using static LandPlatform.Admission.Tests.Support.ReviewRequests;

namespace LandPlatform.Admission.Tests;

[Collection(AdmissionCollection.Name)]
public sealed class SuspensionTests(RabbitMqNode bus, IssuerFixture issuer) : AdmissionScenario(bus, issuer)
{
    [Fact]
    public async Task A_blacklisting_suspends_the_enterprises_open_applications_and_a_delisting_lets_a_clerk_resume_them()
    {
        using var clerk = await ClientFor("development.clerk");
        using var leader = await ClientFor("district.leader");
        var standard = (await Ok(await clerk.Post("/standards", BinhaiStandard("津滨工出2026-21")), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await leader.Post($"/standards/{standard}/approval", new { opinion = "同意" }));
        var id = (await Ok(await clerk.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var other = (await Ok(await clerk.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseB)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await clerk.Post($"/applications/{id}/material-check", new { note = "齐全" }));
        var listing = Guid.NewGuid();

        await PublishAsync(new EnterpriseBlacklisted(listing, EnterpriseA, "未按合同约定开工建设", new DateOnly(2026, 11, 30))
        {
            DocumentType = "行政处罚决定书", DocumentNumber = "津滨规资罚〔2026〕12号",
        });

        var suspended = (await Events.NextAsync<ApplicationSuspended>(e => e.ApplicationId == id)).Message;
        Assert.Equal((listing, "InJointReview"), (suspended.ListingId, suspended.SuspendedFrom));
        var read = await Ok(await clerk.GetAsync($"/applications/{id}"));
        Assert.Equal("Suspended", read.GetProperty("status").GetString());
        Assert.Contains("津滨规资罚〔2026〕12号", read.GetProperty("suspensionReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Submitted", (await Ok(await clerk.GetAsync($"/applications/{other}"))).GetProperty("status").GetString());

        var tooSoon = await Problem(await clerk.Post($"/applications/{id}/resumption", new { }), HttpStatusCode.Conflict);
        Assert.Equal("ResumeNeedsTheDelisting", tooSoon.GetProperty("rule").GetString());
        var blocked = await Problem(await clerk.Post($"/applications/{id}/opinions", new { bureau = "planning", person = "赵", agree = true, reasons = "x" }), HttpStatusCode.Conflict);
        Assert.Equal("Suspended", blocked.GetProperty("currentState").GetString());

        await PublishAsync(new EnterpriseDelisted(listing, EnterpriseA, "信用修复", new DateOnly(2026, 12, 1)) { Kind = "CauseCured" });
        await Eventually.HoldsAsync(async () => (await Ok(await clerk.GetAsync($"/applications/{id}"))).GetProperty("delisted").GetBoolean(),
            "the delisting is recorded", TimeSpan.FromSeconds(30));

        var resumed = await Ok(await clerk.Post($"/applications/{id}/resumption", new { }));
        Assert.Equal("InJointReview", resumed.GetProperty("status").GetString());
        Assert.Equal("InJointReview", (await Events.NextAsync<ApplicationResumed>(e => e.ApplicationId == id)).Message.Status);
    }
}
