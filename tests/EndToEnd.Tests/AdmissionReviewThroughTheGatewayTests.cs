using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.Testing;
using LandPlatform.Testing.Admission;
using LandPlatform.Testing.Documents;

namespace LandPlatform.EndToEnd.Tests;

/// <summary>
/// Issue 10 through the gateway with the seeded users of the right bureaus and roles: a parcel's standard drafted by
/// the development bureau and approved by the district government, an application through the whole review to the
/// qualification opinion (HTML and PDF), and the credit office's blacklist refusing a related subject and suspending
/// an open application by its event.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AdmissionReviewThroughTheGatewayTests(RunningPlatform platform)
{
    // enterprise.a's code: a listing's due process needs the listed enterprise itself to object.
    private const string EnterpriseA = "91350100M000100Y43";

    [Fact]
    public async Task A_parcel_standard_and_an_application_go_through_the_whole_review_to_the_qualification_opinion()
    {
        using var clerk = await platform.ClientFor("development.clerk");
        using var reviewer = await platform.ClientFor("development.reviewer");
        using var leader = await platform.ClientFor("district.leader");
        var parcel = $"津滨工出{Random.Shared.Next(1000, 9999)}";
        var standard = await ApprovedStandard(clerk, leader, parcel);
        var uscc = NewCode();

        var applied = await Json(await clerk.PostAsJsonAsync($"/api/admission/standards/{standard}/applications", Application(uscc)), HttpStatusCode.Created);
        var id = applied.GetProperty("id").GetGuid();
        Assert.Equal(("Submitted", "Meets"), (applied.GetProperty("status").GetString(), applied.GetProperty("evaluation").GetProperty("verdict").GetString()));

        await Json(await clerk.PostAsJsonAsync($"/api/admission/applications/{id}/material-check", new { note = "材料齐全" }));
        foreach (var (bureau, person) in new[] { ("park-committee", "王主任"), ("planning", "赵科长"), ("industry", "钱处长") })
        {
            await Json(await clerk.PostAsJsonAsync($"/api/admission/applications/{id}/opinions", new { bureau, person, agree = true, reasons = $"{person}：同意" }));
        }

        await Json(await reviewer.PostAsJsonAsync($"/api/admission/applications/{id}/proposal", new { proposal = "经初步遴选论证，拟同意其参与地块竞买，报请区政府审定" }));
        var approved = await Json(await leader.PostAsJsonAsync($"/api/admission/applications/{id}/approval", new { approve = true, opinion = "经审查，同意参与地块竞买" }));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        using var html = await clerk.GetAsync($"/api/admission/applications/{id}/qualification-opinion");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        var page = WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync());
        foreach (var expected in new[] { "挂牌出让竞买资格遴选论证意见表", "滨海示范智能制造有限公司", parcel, "10,000 平方米", "573 万元/亩 × 15 = 8595 元/m²", "钱处长", "经审查，同意参与地块竞买" })
        {
            Assert.Contains(expected, page, StringComparison.Ordinal);
        }

        using var pdf = await clerk.GetAsync($"/api/admission/applications/{id}/qualification-opinion?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("遴选论证意见表", text, StringComparison.Ordinal);
        Assert.Contains("滨海示范智能制造有限公司", text, StringComparison.Ordinal);

        var history = await Json(await clerk.GetAsync($"/api/admission/applications/{id}/history"));
        Assert.Equal(7, history.GetArrayLength());
    }

    [Fact]
    public async Task The_credit_office_refuses_a_related_subject_and_its_listing_suspends_an_open_application()
    {
        using var clerk = await platform.ClientFor("development.clerk");
        using var leader = await platform.ClientFor("district.leader");
        using var credit = await platform.ClientFor("credit.clerk");
        using var creditReviewer = await platform.ClientFor("credit.reviewer");
        using var enterprise = await platform.ClientFor("enterprise.a");
        var standard = await ApprovedStandard(clerk, leader, $"津滨工出{Random.Shared.Next(1000, 9999)}");
        var related = NewCode();
        var representative = new { name = "张三", idNumber = "11010519491231002X" };
        await Json(await credit.PostAsJsonAsync("/api/credit/enterprises", new { uscc = EnterpriseA, name = "闽侯示范智能制造有限公司", legalRepresentative = representative }), HttpStatusCode.Created);
        await Json(await credit.PostAsJsonAsync("/api/credit/enterprises", new { uscc = related, name = "闽侯示范关联科技有限公司", legalRepresentative = representative }), HttpStatusCode.Created);

        var open = (await Json(await enterprise.PostAsJsonAsync($"/api/admission/standards/{standard}/applications", Application(EnterpriseA)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await clerk.PostAsJsonAsync($"/api/admission/applications/{open}/material-check", new { note = "材料齐全" }));

        var listing = await Json(await credit.PostAsJsonAsync("/api/credit/listings", new
        {
            uscc = EnterpriseA,
            reason = "BreachOfContract",
            document = new { type = "解除合同通知书", number = "区政地〔2026〕19号", date = "2026-02-03" },
            evidence = new[] { new { id = "ev-19", title = "履约监管协议" } },
        }), HttpStatusCode.Created);
        var listingId = listing.GetProperty("id").GetGuid();
        await Json(await enterprise.PostAsJsonAsync($"/api/credit/listings/{listingId}/objections", new { grounds = "已按约开工" }));
        await Json(await creditReviewer.PostAsJsonAsync($"/api/credit/listings/{listingId}/objections/decision", new { outcome = "Rejected", reasons = "现场核查未开工" }));

        var suspended = await Until(clerk, open, a => a.GetProperty("status").GetString() == "Suspended", "the open application is suspended by EnterpriseBlacklisted");
        Assert.Contains("区政地〔2026〕19号", suspended.GetProperty("suspensionReason").GetString(), StringComparison.Ordinal);

        var refused = await Json(await clerk.PostAsJsonAsync($"/api/admission/standards/{standard}/applications", Application(related)), HttpStatusCode.Created);
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        var reason = refused.GetProperty("refusalReason").GetString();
        Assert.Contains($"same legal representative, {EnterpriseA}", reason, StringComparison.Ordinal);
        Assert.Contains("区政地〔2026〕19号", reason, StringComparison.Ordinal);

        // Credit repair ends the listing; the clerk resumes the application where it stopped.
        await Json(await creditReviewer.PostAsJsonAsync($"/api/credit/listings/{listingId}/delisting", new { kind = "CauseCured", reasons = "已开工建设并缴纳违约金" }));
        await Until(clerk, open, a => a.GetProperty("delisted").GetBoolean(), "the delisting reaches admission");
        var resumed = await Json(await clerk.PostAsJsonAsync($"/api/admission/applications/{open}/resumption", new { }));
        Assert.Equal("InJointReview", resumed.GetProperty("status").GetString());
    }

    private static async Task<Guid> ApprovedStandard(HttpClient clerk, HttpClient leader, string parcel)
    {
        var draft = await Json(await clerk.PostAsJsonAsync("/api/admission/standards", new
        {
            packId = "tianjin-binhai-m0-2023",
            parcelCode = parcel,
            location = "滨海新区 高新区海洋片区",
            landAreaM2 = 10000m,
            landUse = "M0",
            planning = new { parkIndustrialLandM2 = 1_000_000m, parkM0LandM2 = 100_000m },
            industries = new[] { "artificial-intelligence" },
            supplyMode = "Grant",
            biddingMode = "挂牌出让",
        }), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        await Json(await leader.PostAsJsonAsync($"/api/admission/standards/{id}/approval", new { opinion = "经集体研究，同意作为该地块投资建设标准" }));
        return id;
    }

    private static object Application(string uscc) =>
        BinhaiApplication.Body(uscc, uscc == EnterpriseA ? "闽侯示范智能制造有限公司" : "滨海示范智能制造有限公司");

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static async Task<JsonElement> Until(HttpClient clerk, Guid id, Func<JsonElement, bool> condition, string what)
    {
        JsonElement last = default;
        await Eventually.HoldsAsync(async () =>
        {
            last = await Json(await clerk.GetAsync($"/api/admission/applications/{id}"));
            return condition(last);
        }, what, TimeSpan.FromSeconds(60));
        return last;
    }

    private static string NewCode() =>
        UnifiedSocialCreditCode.WithCheckDigit("911200007" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)).Value;
}
