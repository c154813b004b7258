using System.Net;
using LandPlatform.Admission.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Testing;
using LandPlatform.Testing.Documents;
using LandPlatform.Testing.Identity;
using static LandPlatform.Admission.Tests.Support.ReviewRequests;

namespace LandPlatform.Admission.Tests;

[Collection(AdmissionCollection.Name)]
public sealed class ReviewWorkflowTests(RabbitMqNode bus, IssuerFixture issuer) : AdmissionScenario(bus, issuer)
{
    private async Task<Guid> ApprovedStandard(string parcel)
    {
        using var clerk = await ClientFor("development.clerk");
        using var leader = await ClientFor("district.leader");
        var id = (await Ok(await clerk.Post("/standards", BinhaiStandard(parcel)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await leader.Post($"/standards/{id}/approval", new { opinion = "同意" }));
        return id;
    }

    [Fact]
    public async Task An_application_goes_through_material_check_joint_review_proposal_and_district_approval()
    {
        var standard = await ApprovedStandard("津滨工出2026-11");
        using var enterprise = await ClientFor("enterprise.a");
        using var clerk = await ClientFor("development.clerk");
        using var reviewer = await ClientFor("development.reviewer");
        using var leader = await ClientFor("district.leader");

        var applied = await Ok(await enterprise.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Created);
        var id = applied.GetProperty("id").GetGuid();
        var intensity = applied.GetProperty("evaluation").GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == IndicatorCodes.FixedAssetInvestmentIntensity);
        Assert.Equal("承诺 8610 元/m²；标准 573 万元/亩 × 15 = 8595 元/m²", intensity.GetProperty("conversion").GetString());

        var tooEarly = await Problem(await reviewer.Post($"/applications/{id}/proposal", new { proposal = "拟同意" }), HttpStatusCode.Conflict);
        Assert.Equal("Submitted", tooEarly.GetProperty("currentState").GetString());
        Assert.Contains("material-check", tooEarly.GetProperty("allowedNextSteps").EnumerateArray().Select(s => s.GetString()));

        await Ok(await clerk.Post($"/applications/{id}/material-check", new { note = "材料齐全" }));
        await Ok(await clerk.Post($"/applications/{id}/opinions", new { bureau = "park-committee", person = "王主任", agree = true, reasons = "符合园区产业定位" }));
        var stranger = await Problem(await clerk.Post($"/applications/{id}/opinions", new { bureau = "tax", person = "李", agree = true, reasons = "x" }), HttpStatusCode.Conflict);
        Assert.Equal("BureauMustBeOnTheMeeting", stranger.GetProperty("rule").GetString());
        var twice = await Problem(await clerk.Post($"/applications/{id}/opinions", new { bureau = "park-committee", person = "王主任", agree = false, reasons = "改变主意" }), HttpStatusCode.Conflict);
        Assert.Equal("EachBureauGivesOneOpinion", twice.GetProperty("rule").GetString());
        var missing = await Problem(await reviewer.Post($"/applications/{id}/proposal", new { proposal = "拟同意" }), HttpStatusCode.Conflict);
        Assert.Equal("EveryBureauMustHaveGivenItsOpinion", missing.GetProperty("rule").GetString());

        await Ok(await clerk.Post($"/applications/{id}/opinions", new { bureau = "planning", person = "赵科长", agree = true, reasons = "符合控规" }));
        await Ok(await clerk.Post($"/applications/{id}/opinions", new { bureau = "industry", person = "钱处长", agree = true, reasons = "属人工智能产业" }));
        await Ok(await reviewer.Post($"/applications/{id}/proposal", new { proposal = "经初步遴选论证，拟同意其参与地块竞买，报请区政府审定" }));
        await Problem(await reviewer.Post($"/applications/{id}/approval", new { approve = true, opinion = "同意" }), HttpStatusCode.Forbidden);
        var approved = await Ok(await leader.Post($"/applications/{id}/approval", new { approve = true, opinion = "经审查，同意参与地块竞买" }));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Empty(approved.GetProperty("allowedNextSteps").EnumerateArray());

        var published = (await Events.NextAsync<ApplicationApproved>(e => e.ApplicationId == id)).Message;
        Assert.Equal(("津滨工出2026-11", 1, "M0", "Grant", 40, "人工智能", "C39"), (published.ParcelCode, published.StandardVersion, published.LandUse,
            published.SupplyMode, published.TermYears, published.Industry, published.SectorCode));
        Assert.Equal((10000m, 20000m, 80m), (published.LandAreaM2, published.PlannedFloorAreaM2, published.SelfHeldSharePercent));
        var committed = Assert.Single(published.CommittedIndicators, c => c.Code == IndicatorCodes.FixedAssetInvestmentIntensity);
        Assert.Equal((574m, "万元/亩", (decimal?)573m), (committed.Value, committed.Unit, committed.Threshold)); // 8,610 元/m² ÷ 15

        var history = await Ok(await clerk.GetAsync($"/applications/{id}/history"));
        Assert.Equal(["submit", "material-check", "opinions", "opinions", "opinions", "proposal", "approval"],
            history.EnumerateArray().Select(h => h.GetProperty("step").GetString()));
        var again = await Problem(await leader.Post($"/applications/{id}/approval", new { approve = true, opinion = "同意" }), HttpStatusCode.Conflict);
        Assert.Equal("Approved", again.GetProperty("currentState").GetString());

        // The qualification opinion (附件2) from the stored data: the HTML page, and the PDF with its Chinese text.
        using var html = await enterprise.GetAsync($"/applications/{id}/qualification-opinion");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync());
        foreach (var expected in new[]
        {
            "天津市滨海新区挂牌出让竞买资格遴选论证意见表", "闽侯示范智能制造有限公司", "津滨工出2026-11", "工业用地（新型产业用地）", "10,000 平方米",
            "承诺 8610 元/m²；标准 573 万元/亩 × 15 = 8595 元/m²", "王主任", "符合园区产业定位", "经审查，同意参与地块竞买", "需符合环保政策要求。",
        })
        {
            Assert.Contains(expected, page, StringComparison.Ordinal);
        }

        using var pdf = await enterprise.GetAsync($"/applications/{id}/qualification-opinion?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("挂牌出让竞买资格遴选论证意见表", text, StringComparison.Ordinal);
        Assert.Contains("闽侯示范智能制造有限公司", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_qualification_opinion_is_issued_before_approval()
    {
        var standard = await ApprovedStandard("津滨工出2026-15");
        using var clerk = await ClientFor("development.clerk");
        var id = (await Ok(await clerk.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var problem = await Problem(await clerk.GetAsync($"/applications/{id}/qualification-opinion"), HttpStatusCode.Conflict);
        Assert.Equal("Submitted", problem.GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task Bad_input_is_refused_by_field_and_nothing_is_stored()
    {
        var standard = await ApprovedStandard("津滨工出2026-12");
        using var enterprise = await ClientFor("enterprise.a");
        var before = await StoredRows();

        var sector = await Problem(await enterprise.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA, sector: "Z99")), HttpStatusCode.BadRequest);
        var split = await Problem(await enterprise.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA, totalM2: 19000m)), HttpStatusCode.BadRequest);
        var negative = await Problem(await enterprise.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA, intensityYuanPerM2: -5m)), HttpStatusCode.BadRequest);

        Assert.True(sector.GetProperty("errors").TryGetProperty("sectorCode", out _));
        Assert.True(split.GetProperty("errors").TryGetProperty("plan.totalM2", out _));
        Assert.True(negative.GetProperty("errors").TryGetProperty("commitments[0].value", out _));
        Assert.Equal(before, await StoredRows());
    }

    [Fact]
    public async Task The_district_may_reject_with_reasons_and_lists_find_applications_by_state_parcel_and_enterprise()
    {
        var standard = await ApprovedStandard("津滨工出2026-13");
        using var clerk = await ClientFor("development.clerk");
        using var enterprise = await ClientFor("enterprise.b");
        var a = (await Ok(await clerk.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var b = (await Ok(await clerk.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseB, sector: "K70")), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var rejected = await Ok(await clerk.Post($"/applications/{b}/rejection", new { reasons = "开发主体不属于C、I、M行业" }));
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("开发主体不属于C、I、M行业", (await Events.NextAsync<ApplicationRejected>(e => e.ApplicationId == b)).Message.Reason);

        var submitted = await Ok(await clerk.GetAsync("/applications?status=Submitted&parcel=津滨工出2026-13"));
        Assert.Equal([a], submitted.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var own = await Ok(await enterprise.GetAsync("/applications?parcel=津滨工出2026-13"));
        Assert.Equal([b], own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        var paged = await Ok(await clerk.GetAsync("/applications?parcel=津滨工出2026-13&pageSize=1&page=2"));
        Assert.Equal((2, 1), (paged.GetProperty("total").GetInt32(), paged.GetProperty("items").GetArrayLength()));
        await Problem(await clerk.GetAsync("/applications?status=Pending"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_enterprise_listed_after_it_applied_is_rejected_at_approval_quoting_the_listing()
    {
        var standard = await ApprovedStandard("津滨工出2026-14");
        using var clerk = await ClientFor("development.clerk");
        using var leader = await ClientFor("district.leader");
        var id = (await Ok(await clerk.Post($"/standards/{standard}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await clerk.Post($"/applications/{id}/material-check", new { note = "齐全" }));
        foreach (var bureau in BinhaiBureaus)
        {
            await Ok(await clerk.Post($"/applications/{id}/opinions", new { bureau, person = "经办人", agree = true, reasons = "同意" }));
        }

        await Ok(await clerk.Post($"/applications/{id}/proposal", new { proposal = "拟同意" }));
        Credit.ListRelated(EnterpriseA, EnterpriseB, "未按合同约定开工建设");

        var decided = await Ok(await leader.Post($"/applications/{id}/approval", new { approve = true, opinion = "同意" }));

        Assert.Equal("Rejected", decided.GetProperty("status").GetString());
        Assert.Contains($"same legal representative, {EnterpriseB}", decided.GetProperty("refusalReason").GetString(), StringComparison.Ordinal);
        Assert.Contains("未按合同约定开工建设", (await Events.NextAsync<ApplicationRejected>(e => e.ApplicationId == id)).Message.Reason, StringComparison.Ordinal);
    }

}
