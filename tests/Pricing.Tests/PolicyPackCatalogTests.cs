using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;
using LandPlatform.Testing.Policies;

namespace LandPlatform.Pricing.Tests;

public sealed class PolicyPackCatalogTests
{
    private static readonly string[] AllFiles =
    [
        "national-baseline.json", "tianjin-binhai-m0-2023.json", "hangzhou-xihu-2020.json",
        "beijing-lease-then-transfer-2024.json", "beijing-shijingshan-2019.json", "pingdingshan-shilong-2021.json",
    ];

    [Fact]
    public void AllFivePacksOfTheSeedsAreShipped()
    {
        Assert.Equal(
            [Packs.BeijingLeaseThenTransfer, Packs.Shijingshan, Packs.Xihu, Packs.Shilong, Packs.Binhai],
            Packs.Catalog.Packs.Select(p => p.Id));
    }

    [Theory]
    [InlineData(Packs.Binhai, "2023-01-01", "2027-12-31")]
    [InlineData(Packs.Xihu, "2020-03-14", "2021-03-13")]
    [InlineData(Packs.BeijingLeaseThenTransfer, "2024-02-18", "2029-02-17")]
    [InlineData(Packs.Shijingshan, "2019-01-01", null)]
    [InlineData(Packs.Shilong, "2021-06-22", null)]
    public void EffectivePeriodsComeFromTheSeeds(string id, string from, string? to)
    {
        var period = Packs.Catalog.Find(id)!.Effective;

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
        Assert.False(string.IsNullOrWhiteSpace(period.Clause));
    }

    [Fact]
    public void EveryPackNumberCarriesItsClause()
    {
        var binhai = Packs.Catalog.Find(Packs.Binhai)!.Pricing.BenchmarkReservePrice!;

        Assert.Equal(1.5m, binhai.LandUses[Domain.LandUse.M0].BenchmarkMultiple.Value);
        Assert.StartsWith("《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十条", binhai.LandUses[Domain.LandUse.M0].BenchmarkMultiple.Clause, StringComparison.Ordinal);
        Assert.Equal(40m, binhai.LandUses[Domain.LandUse.M0].MaxTermYears!.Value);
        Assert.Equal(0.7m, binhai.NationalMinimumFloorShare.Value);
    }

    [Fact]
    public void UnknownPackIdIsPolicyPackNotFound()
    {
        var lookup = Packs.Catalog.Resolve("shanghai-2030", Packs.InBinhaiPeriod);

        Assert.Equal("shanghai-2030", Assert.IsType<PolicyPackNotFound>(lookup.Error).PackId);
    }

    [Fact]
    public void PackNamedOutsideItsPeriodIsPolicyPackNotInForce()
    {
        var lookup = Packs.Catalog.Resolve(Packs.Binhai, new DateOnly(2028, 1, 1));

        Assert.IsType<PolicyPackNotInForce>(lookup.Error);
        Assert.Contains("有效期5年", lookup.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByDistrictAndDateTheOnePackInForceIsChosen()
    {
        var lookup = Packs.Catalog.ResolveInForce("天津市滨海新区", new DateOnly(2025, 7, 1));

        Assert.Equal(Packs.Binhai, lookup.Pack!.Id);
    }

    [Fact]
    public void ByDistrictBeforeAnyPackIsNoPolicyPackInForce()
    {
        var lookup = Packs.Catalog.ResolveInForce("浙江省杭州市西湖区", new DateOnly(2022, 1, 1));

        Assert.IsType<NoPolicyPackInForce>(lookup.Error);
    }

    [Fact]
    public void TwoPacksInForceForOneDistrictAreAmbiguous()
    {
        var second = Packs.EmbeddedJson("tianjin-binhai-m0-2023.json").Replace("\"tianjin-binhai-m0-2023\"", "\"tianjin-binhai-m0-2024\"", StringComparison.Ordinal);
        var catalog = PolicyPackCatalog.Load(Packs.EmbeddedFiles("national-baseline.json", "tianjin-binhai-m0-2023.json").Append(("second.json", second)));

        var lookup = catalog.ResolveInForce("天津市滨海新区", new DateOnly(2025, 7, 1));

        Assert.Equal(["tianjin-binhai-m0-2023", "tianjin-binhai-m0-2024"], Assert.IsType<PolicyPackAmbiguous>(lookup.Error).PackIds);
    }

    [Fact]
    public void QuoteByDistrictUsesThePackInForce()
    {
        var calculator = new ReservePriceCalculator(Packs.Catalog, Packs.Clock);
        var request = new ReservePriceRequest(PolicyPackReference.ByDistrict("天津市滨海新区"), Packs.InBinhaiPeriod, "M1", 10000m, IndustrialBenchmarkPricePerM2: 560m, LandGrade: 5, TermYears: 50);

        Assert.Equal(Packs.Binhai, Outcome.Computed(calculator.Quote(request)).PolicyPackId);
    }

    [Fact]
    public void RequestNamingBothOrNeitherPackAndDistrictIsBadInput()
    {
        var calculator = new ReservePriceCalculator(Packs.Catalog, Packs.Clock);

        var errors = Outcome.Invalid(calculator.Quote(new ReservePriceRequest(new PolicyPackReference(null, null))));

        Assert.Equal("policyPack", Assert.Single(errors).Field);
    }

    [Fact]
    public void PackWithoutAReservePriceRuleRefusesAQuote()
    {
        var calculator = new ReservePriceCalculator(Packs.Catalog, Packs.Clock);

        var refusal = Outcome.Refused(calculator.Quote(new ReservePriceRequest(PolicyPackReference.ById(Packs.Shilong), Packs.InBeijingPeriod)));

        Assert.Equal("NoRuleInPolicyPack", refusal.Rule);
    }

    [Fact]
    public void MissingNumberInAPackFileFailsTheLoadNamingItsPath()
    {
        var broken = Packs.EmbeddedJson("tianjin-binhai-m0-2023.json")
            .Replace("\"nationalMinimumFloorShare\"", "\"renamedAway\"", StringComparison.Ordinal);

        var error = Assert.Throws<PolicyPackInvalid>(() => PolicyPackCatalog.Load(Packs.EmbeddedFiles("national-baseline.json").Append(("binhai.json", broken))));

        Assert.Equal("binhai.json", error.PackFile);
        Assert.Contains("pricing.benchmarkReservePrice.nationalMinimumFloorShare is missing", error.Problems);
    }

    [Fact]
    public void NumberWithoutItsClauseFailsTheLoad()
    {
        var broken = Packs.EmbeddedJson("hangzhou-xihu-2020.json")
            .Replace("\"clause\": \"《西湖区创新型产业用地管理实施细则（试行）》第五条 出让起价原则上不低于300万/亩\"", "\"note\": \"x\"", StringComparison.Ordinal);

        var error = Assert.Throws<PolicyPackInvalid>(() => PolicyPackCatalog.Load(Packs.EmbeddedFiles("national-baseline.json").Append(("xihu.json", broken))));

        Assert.Contains("pricing.appraisalReservePrice.minimumPricePerMu.clause is missing", error.Problems);
    }

    [Fact]
    public void BaselineMissingAGradeFailsTheLoad()
    {
        var broken = Packs.EmbeddedJson("national-baseline.json").Replace("\"15\": 60", "\"16\": 60", StringComparison.Ordinal);

        var error = Assert.Throws<PolicyPackInvalid>(() => PolicyPackCatalog.Load([("national-baseline.json", broken)]));

        Assert.Contains("industrialMinimumPrice.grades.15 is missing or not a number", error.Problems);
        Assert.Contains("industrialMinimumPrice.grades.16 is not a land grade 1–15", error.Problems);
    }

    [Fact]
    public void CatalogWithoutTheNationalBaselineFailsTheLoad()
    {
        Assert.Throws<PolicyPackInvalid>(() => PolicyPackCatalog.Load(Packs.EmbeddedFiles("hangzhou-xihu-2020.json")));
    }

    [Fact]
    public void EmbeddedFilesAreExactlyTheShippedPacks()
    {
        var catalog = PolicyPackCatalog.Load(Packs.EmbeddedFiles(AllFiles));

        Assert.Equal(Packs.Catalog.Packs.Select(p => p.Id), catalog.Packs.Select(p => p.Id));
    }

    [Fact]
    public void EveryClauseInEveryPackNamesItsDocument()
    {
        var catalog = PolicyPackCatalog.LoadEmbedded();

        Citation.AssertEveryPackClauseNamesItsDocument(
            catalog.Packs.Select(p => (p.Id, (object)p)).Append((PolicyPackCatalog.BaselineFileName, (object)catalog.Baseline)),
            typeof(PolicyPackCatalog).Assembly,
            "LandPlatform.Pricing.Policies.",
            TermCorrectionNote);
    }

    [Fact]
    public void EveryStepAndWarningOfAQuoteNamesItsDocument()
    {
        var calculator = new ReservePriceCalculator(Packs.Catalog, Packs.Clock);
        ReservePriceRequest[] requests =
        [
            // M0 on the FAR boundary, 70% self-held, 30 years (no term factor; 50-year equivalent), an appraisal it ignores.
            new(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M0", 10000m, 1.5m, 560m, IndustrialAppraisalPerMu: 1m, LandGrade: 5, SelfHeldShare: 0.7m, BeijingRelocation: false, TermYears: 30),
            new(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M0", 10000m, 2.0m, 560m, LandGrade: 5, SelfHeldShare: 1m, BeijingRelocation: true, TermYears: 40),
            new(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M1", 10000m, IndustrialBenchmarkPricePerM2: 560m, LandGrade: 5, SelfHeldShare: 1m, TermYears: 50),
            new(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial, LandUse: "M1", LandAreaM2: 20000m, IndustrialAppraisalPerMu: 1_800_000m, LandGrade: 1, TermYears: 30),
        ];

        foreach (var request in requests)
        {
            var quote = Outcome.Computed(calculator.Quote(request));

            // 1 亩 = 10000/15 m² is a unit's definition, not a policy clause.
            Assert.All(quote.Steps.Where(s => s.Rule is not ("LandAreaInMu" or "UnitPricePerLandArea")), s => Citation.AssertNamesItsDocument(s.Clause, $"{request.PolicyPack.PackId} {s.Rule}"));
            Assert.All(quote.Warnings, w => Citation.AssertNamesItsDocument(w.Clause, $"{request.PolicyPack.PackId} {w.Code}"));
        }
    }

    private const string TermCorrectionNote = "termCorrectionNote";
}
