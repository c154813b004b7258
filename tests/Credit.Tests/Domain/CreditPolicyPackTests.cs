using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Policies;
using LandPlatform.Testing.Policies;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class CreditPolicyPackTests
{
    private static readonly CreditPolicyCatalog Catalog = CreditPolicyCatalog.LoadEmbedded();

    [Fact]
    public void The_five_district_packs_and_the_national_default_are_embedded_and_valid()
    {
        Assert.Equal(
            ["beijing-lease-then-transfer-2024", "beijing-shijingshan-2019", "hangzhou-xihu-2020", "national-default", "pingdingshan-shilong-2021", "tianjin-binhai-m0-2023"],
            Catalog.PackIds);
    }

    [Theory]
    [InlineData("beijing-shijingshan-2019", "2019-01-01", null)]
    [InlineData("beijing-lease-then-transfer-2024", "2024-02-18", "2029-02-17")]
    [InlineData("tianjin-binhai-m0-2023", "2023-01-01", "2027-12-31")]
    [InlineData("pingdingshan-shilong-2021", "2021-06-22", null)]
    [InlineData("hangzhou-xihu-2020", "2020-03-14", "2021-03-13")]
    public void Each_district_pack_carries_the_effective_period_of_its_seed(string id, string from, string? to)
    {
        var pack = Assert.Single(Catalog.Versions(id));

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), pack.EffectiveFrom);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), pack.EffectiveTo);
    }

    [Theory]
    [InlineData("beijing-shijingshan-2019", ListingReason.BreachOfContract, "《石景山区高精尖产业项目用地试点方案（中关村石景山园）》五（二）")]
    [InlineData("beijing-lease-then-transfer-2024", ListingReason.UnauthorisedChangeOfUse, "《北京市工业用地先租后让指导意见（试行）》三（六）")]
    [InlineData("tianjin-binhai-m0-2023", ListingReason.Fraud, "《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十六条")]
    [InlineData("tianjin-binhai-m0-2023", ListingReason.FailedAssessmentAfterRectification, "《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十四条")]
    [InlineData("hangzhou-xihu-2020", ListingReason.BreachOfContract, "《西湖区创新型产业用地管理实施细则（试行）》第十三条")]
    [InlineData("hangzhou-xihu-2020", ListingReason.FailedAnnualRecheck, "《西湖区创新型产业用地管理实施细则（试行）》附件3 五（四）")]
    [InlineData("hangzhou-xihu-2020", ListingReason.FailedAssessmentAfterRectification, "《西湖区创新型产业用地管理实施细则（试行）》附件3 五（二）")]
    public void Each_pack_cites_its_seeds_blacklisting_clause(string id, ListingReason reason, string clause)
    {
        var pack = Assert.Single(Catalog.Versions(id));

        Assert.StartsWith(clause, pack.LegalBasisFor(reason), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_pack_gives_every_reason_a_period_and_every_number_a_clause()
    {
        foreach (var pack in Catalog.PackIds.SelectMany(Catalog.Versions))
        {
            Assert.InRange(pack.ObjectionPeriod.CalendarDays, 1, 90);
            Assert.False(string.IsNullOrWhiteSpace(pack.ObjectionPeriod.Clause));
            Assert.Equal(2, pack.IdleLand.Years);
            foreach (var reason in Enum.GetValues<ListingReason>())
            {
                Assert.InRange(pack.ListingPeriodFor(reason).Years, 1, 10);
                Assert.False(string.IsNullOrWhiteSpace(pack.ListingPeriodFor(reason).Clause));
                Assert.False(string.IsNullOrWhiteSpace(pack.LegalBasisFor(reason)));
            }
        }
    }

    [Fact]
    public void Every_clause_in_every_pack_names_its_document()
    {
        Citation.AssertEveryPackClauseNamesItsDocument(
            Catalog.PackIds.SelectMany(Catalog.Versions).Select(p => ($"{p.PackId} v{p.Version}", (object)p)),
            typeof(CreditPolicyCatalog).Assembly,
            CreditPolicyCatalog.ResourcePrefix,
            nameof(CreditPolicy.LegalBasis));
    }

    [Fact]
    public void Every_clause_credit_writes_in_code_names_its_document()
    {
        Citation.AssertEveryRuleClauseNamesItsDocument(typeof(CreditPolicyCatalog).Assembly, nameof(OnlyANoticeCanBeObjectedTo));
    }

    [Fact]
    public void A_pack_is_resolved_by_id_on_a_date_within_its_period()
    {
        var pack = Catalog.Resolve("hangzhou-xihu-2020", new DateOnly(2021, 3, 13));

        Assert.Equal("hangzhou-xihu-2020", pack.PackId);
    }

    [Fact]
    public void A_pack_is_refused_on_a_date_outside_its_period()
    {
        A.Refused<PolicyPackMustBeInForce>(() => Catalog.Resolve("hangzhou-xihu-2020", new DateOnly(2021, 3, 14)));
    }

    [Fact]
    public void An_unknown_pack_is_refused()
    {
        A.Refused<PolicyPackMustBeKnown>(() => Catalog.Resolve("shanghai-2030", new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Without_a_pack_id_the_national_default_version_in_force_on_the_date_applies()
    {
        Assert.Equal(1, Catalog.Resolve(null, new DateOnly(2025, 6, 21)).Version);
        Assert.Equal(2, Catalog.Resolve(null, new DateOnly(2025, 6, 22)).Version);
        Assert.Equal(CreditPolicyCatalog.NationalDefaultId, Catalog.Resolve(" ", new DateOnly(2025, 6, 22)).PackId);
        A.Refused<PolicyPackMustBeInForce>(() => Catalog.Resolve(null, new DateOnly(2019, 1, 1)));
    }

    [Fact]
    public void The_packs_in_force_on_a_date_are_listed_national_default_first()
    {
        var ids = Catalog.InForceOn(new DateOnly(2024, 3, 1)).Select(p => p.PackId);

        Assert.Equal(
            ["national-default", "beijing-lease-then-transfer-2024", "beijing-shijingshan-2019", "pingdingshan-shilong-2021", "tianjin-binhai-m0-2023"],
            ids);
    }

    [Fact]
    public void A_resolved_pack_drives_a_notice_end_to_end()
    {
        var policy = Catalog.Resolve("tianjin-binhai-m0-2023", new DateOnly(2025, 3, 1));

        var listing = A.Notice(policy: policy, reason: ListingReason.Fraud);

        Assert.Equal(new DateOnly(2025, 3, 16), listing.LastDayToObject);
        Assert.Equal("tianjin-binhai-m0-2023", listing.PolicyPackId);
        Assert.StartsWith("《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十六条", listing.LegalBasis, StringComparison.Ordinal);
    }

    private const string ValidPack = """
        {
          "id": "x-2025", "version": 1, "title": "测试", "effectiveFrom": "2025-01-01", "effectiveTo": null,
          "effectivePeriodClause": "第一条",
          "credit": {
            "dueProcessClause": "49号（八）",
            // comments are allowed beside values
            "objectionPeriod": { "calendarDays": 10, "clause": "第二条" },
            "listingPeriod": { "default": { "years": 3, "clause": "第三条" }, "byReason": { "UnpaidLandPrice": { "years": 1, "clause": "第四条" } } },
            "idleLandBeforeListing": { "years": 2, "clause": "第十四条" },
            "legalBasis": { "default": "第五条", "byReason": { "Fraud": "第六条" } }
          }
        }
        """;

    [Fact]
    public void A_pack_sets_periods_by_reason_over_its_default()
    {
        var policy = CreditPolicyPackLoader.Parse(ValidPack, "x.json");

        Assert.Equal(new ObjectionPeriod(10, "第二条"), policy.ObjectionPeriod);
        Assert.Equal(new ListingPeriod(1, "第四条"), policy.ListingPeriodFor(ListingReason.UnpaidLandPrice));
        Assert.Equal(new ListingPeriod(3, "第三条"), policy.ListingPeriodFor(ListingReason.Fraud));
        Assert.Equal("第六条", policy.LegalBasisFor(ListingReason.Fraud));
        Assert.Equal("第五条", policy.LegalBasisFor(ListingReason.IdleLand));
    }

    [Theory]
    [InlineData("\"calendarDays\": 10, \"clause\": \"第二条\"", "\"calendarDays\": 0, \"clause\": \"第二条\"", "calendarDays")]
    [InlineData("\"calendarDays\": 10, \"clause\": \"第二条\"", "\"calendarDays\": 10", "objectionPeriod.clause")]
    [InlineData("\"years\": 3, \"clause\": \"第三条\"", "\"years\": 3", "listingPeriod.default.clause")]
    [InlineData("\"UnpaidLandPrice\": {", "\"Bribery\": {", "unknown reason 'Bribery'")]
    [InlineData("\"effectiveTo\": null", "\"effectiveTo\": \"2024-12-31\"", "before effectiveFrom")]
    [InlineData("\"id\": \"x-2025\",", "", "id is required")]
    public void An_invalid_pack_is_refused_naming_the_problem(string original, string broken, string problem)
    {
        var json = ValidPack.Replace(original, broken, StringComparison.Ordinal);

        var e = Assert.Throws<PolicyPackInvalidException>(() => CreditPolicyPackLoader.Parse(json, "x.json"));

        Assert.Contains(e.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_JSON_is_refused()
    {
        Assert.Throws<PolicyPackInvalidException>(() => CreditPolicyPackLoader.Parse("{ not json", "x.json"));
    }

    [Fact]
    public void Overlapping_versions_of_a_pack_are_refused()
    {
        var national = ValidPack.Replace("x-2025", CreditPolicyCatalog.NationalDefaultId, StringComparison.Ordinal);
        var v2 = national.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal)
            .Replace("2025-01-01", "2025-06-01", StringComparison.Ordinal);

        var e = Assert.Throws<PolicyPackInvalidException>(() => CreditPolicyCatalog.Load([("v1", national), ("v2", v2)]));

        Assert.Contains(e.Problems, p => p.Contains("overlaps", StringComparison.Ordinal));
    }

    [Fact]
    public void A_catalog_without_the_national_default_is_refused()
    {
        var e = Assert.Throws<PolicyPackInvalidException>(() => CreditPolicyCatalog.Load([("x", ValidPack)]));

        Assert.Contains(e.Problems, p => p.Contains(CreditPolicyCatalog.NationalDefaultId, StringComparison.Ordinal));
    }
}
