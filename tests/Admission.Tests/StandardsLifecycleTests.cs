using System.Net;
using System.Net.Http.Json;
using LandPlatform.Admission.Tests.Support;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;
using static LandPlatform.Admission.Tests.Support.ReviewRequests;

namespace LandPlatform.Admission.Tests;

[Collection(AdmissionCollection.Name)]
public sealed class StandardsLifecycleTests(RabbitMqNode bus, IssuerFixture issuer) : AdmissionScenario(bus, issuer)
{
    [Fact]
    public async Task A_standard_drafted_from_the_pack_is_approved_by_the_district_and_only_then_takes_applications()
    {
        using var clerk = await ClientFor("development.clerk");
        using var leader = await ClientFor("district.leader");
        using var enterprise = await ClientFor("enterprise.a");

        var draft = await Ok(await clerk.Post("/standards", BinhaiStandard()), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(("Draft", 1, true), (draft.GetProperty("status").GetString(), draft.GetProperty("version").GetInt32(), draft.GetProperty("passesCheck").GetBoolean()));
        Assert.Equal(30m, draft.GetProperty("terms").GetProperty("planning").GetProperty("buildingDensityMinPercent").GetDecimal());
        Assert.Contains(draft.GetProperty("check").EnumerateArray(), l => l.GetProperty("rule").GetString() == "M0ShareOfPark" && l.GetProperty("pass").GetBoolean());

        var early = await Problem(await enterprise.Post($"/standards/{id}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Conflict);
        Assert.Equal("ApplicationsNeedAnApprovedStandard", early.GetProperty("rule").GetString());

        await Problem(await clerk.Post($"/standards/{id}/approval", new { opinion = "同意" }), HttpStatusCode.Forbidden);
        var approved = await Ok(await leader.Post($"/standards/{id}/approval", new { opinion = "经集体研究，同意作为该地块投资建设标准" }));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        var published = await Events.NextAsync<ParcelStandardApproved>(e => e.StandardId == id);
        Assert.Equal(("津滨工出2026-01", 1, 40, "M0"), (published.Message.ParcelCode, published.Message.Version, published.Message.TermYears, published.Message.LandUse));

        var applied = await Ok(await enterprise.Post($"/standards/{id}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Created);
        Assert.Equal(("Submitted", "Meets", 1), (applied.GetProperty("status").GetString(),
            applied.GetProperty("evaluation").GetProperty("verdict").GetString(), applied.GetProperty("standardVersion").GetInt32()));
    }

    [Fact]
    public async Task A_change_after_approval_is_a_new_version_and_applications_keep_the_version_they_were_judged_by()
    {
        using var clerk = await ClientFor("development.clerk");
        using var leader = await ClientFor("district.leader");
        var id = (await Ok(await clerk.Post("/standards", BinhaiStandard("津滨工出2026-02")), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await leader.Post($"/standards/{id}/approval", new { opinion = "同意" }));
        var first = await Ok(await clerk.Post($"/standards/{id}/applications", BinhaiApplication(EnterpriseA)), HttpStatusCode.Created);

        var revised = await Ok(await clerk.PutAsJsonAsync($"/standards/{id}", BinhaiStandard("津滨工出2026-02", farMax: 3.0m)));
        Assert.Equal((2, "Draft"), (revised.GetProperty("version").GetInt32(), revised.GetProperty("status").GetString()));
        var stillV1 = await Ok(await clerk.Post($"/standards/{id}/applications", BinhaiApplication(EnterpriseB)), HttpStatusCode.Created);
        Assert.Equal(1, stillV1.GetProperty("standardVersion").GetInt32());

        await Ok(await leader.Post($"/standards/{id}/approval", new { opinion = "同意修订" }));
        var versions = await Ok(await clerk.GetAsync($"/standards/{id}/versions"));
        Assert.Equal(["Approved", "Superseded"], versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        var superseded = await Problem(await clerk.Post($"/standards/{id}/applications?version=1", BinhaiApplication(EnterpriseA)), HttpStatusCode.Conflict);
        Assert.Contains("superseded", superseded.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // FAR 3.0 is the new cap: a 3.5 plan meets v1 (kept) but not v2.
        var v2 = await Ok(await clerk.Post($"/standards/{id}/applications", WithSplit(BinhaiApplication(EnterpriseA, totalM2: 35000m))), HttpStatusCode.Created);
        Assert.Equal((2, "DoesNotMeet"), (v2.GetProperty("standardVersion").GetInt32(), v2.GetProperty("evaluation").GetProperty("verdict").GetString()));
        var read = await Ok(await clerk.GetAsync($"/applications/{first.GetProperty("id").GetGuid()}"));
        Assert.Equal(1, read.GetProperty("standardVersion").GetInt32());
    }

    [Fact]
    public async Task A_standard_outside_the_pack_cannot_be_approved_and_bad_numbers_are_refused_by_field()
    {
        using var clerk = await ClientFor("development.clerk");
        using var leader = await ClientFor("district.leader");

        var tooDense = await Ok(await clerk.Post("/standards", BinhaiStandard("津滨工出2026-03", farMax: 4.0m)), HttpStatusCode.Created);
        Assert.False(tooDense.GetProperty("passesCheck").GetBoolean());
        var refused = await Problem(await leader.Post($"/standards/{tooDense.GetProperty("id").GetGuid()}/approval", new { opinion = "同意" }), HttpStatusCode.Conflict);
        Assert.Equal("StandardMustPassThePackCheck", refused.GetProperty("rule").GetString());
        Assert.Contains("第五条", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var bad = await Problem(await clerk.Post("/standards", new
        {
            packId = "tianjin-binhai-m0-2023", parcelCode = "X", location = "Y", landAreaM2 = 10000m, landUse = "M0", supplyMode = "Grant", biddingMode = "挂牌",
            industries = new[] { "real-estate" }, planning = new { greenRatioMinPercent = 120m },
            indicators = new[] { new { code = "tax-per-mu", value = -1m, unit = "万元/亩" } },
        }), HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("industries[0]", out _));
        Assert.True(errors.TryGetProperty("planning.greenRatioMinPercent", out _));
        Assert.True(errors.TryGetProperty("indicators[0].value", out _));
    }

    private static object WithSplit(object application)
    {
        // 35,000 m²: production 25,000 + R&D 6,000 + supporting 4,000.
        var json = System.Text.Json.JsonSerializer.SerializeToNode(application, System.Text.Json.JsonSerializerOptions.Web)!;
        json["plan"]!["productionM2"] = 25000m;
        return json;
    }
}
