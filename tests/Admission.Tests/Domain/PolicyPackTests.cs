using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Policies;
using LandPlatform.Testing.Policies;

namespace LandPlatform.Admission.Tests.Domain;

public sealed class PolicyPackTests
{
    [Fact]
    public void All_five_documents_have_an_admission_part()
    {
        Assert.Equal(
            ["beijing-lease-then-transfer-2024", "beijing-shijingshan-2019", "hangzhou-xihu-2020", "pingdingshan-shilong-2021", "tianjin-binhai-m0-2023"],
            Worked.Packs.Current.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_pack_carries_the_documents_identity_and_effective_period()
    {
        var xihu = Worked.Xihu.Identity;
        Assert.Equal("西湖区创新型产业用地管理实施细则（试行）", xihu.Title);
        Assert.Equal("西政办〔2020〕7号", xihu.DocumentNumber);
        Assert.Equal(new DateOnly(2020, 3, 14), xihu.EffectiveFrom);
        Assert.Equal(new DateOnly(2021, 3, 13), xihu.EffectiveTo);
        Assert.True(xihu.InForceOn(new DateOnly(2021, 3, 13)));
        Assert.False(xihu.InForceOn(new DateOnly(2021, 3, 14)));
        Assert.Equal("《西湖区创新型产业用地管理实施细则（试行）》（西政办〔2020〕7号）", xihu.Citation);
    }

    [Fact]
    public void Every_clause_in_every_pack_names_its_document()
    {
        Citation.AssertEveryPackClauseNamesItsDocument(
            AdmissionPackCatalog.LoadEmbedded().Current.Select(p => (p.Id, (object)p)),
            typeof(AdmissionPackCatalog).Assembly,
            "LandPlatform.Admission.Policies.Packs.");
    }

    [Fact]
    public void Every_clause_admission_writes_in_code_names_its_document()
    {
        Citation.AssertEveryRuleClauseNamesItsDocument(typeof(AdmissionPackCatalog).Assembly, nameof(LandPlatform.Admission.Domain.Rules.StepMustBeAllowedInTheState));
        Citation.AssertNamesItsDocument(NationalTerm.Clause, nameof(NationalTerm));
    }

    [Fact]
    public void Admissions_packs_name_each_document_as_the_platforms_one_identity_does()
    {
        foreach (var pack in Worked.Packs.Current)
        {
            Assert.Equal(LandPlatform.IntegrationContracts.PolicyPacks.PolicyPackRegistry.Find(pack.Id), pack.Identity);
        }
    }

    [Theory]
    [InlineData("第九条 新型产业用地最高出让年限不超过40年")]
    [InlineData("闲置土地处置办法 第十四条（二） 未动工开发满两年的…无偿收回国有建设用地使用权")]
    [InlineData("《滨海新区关于支持新型产业用地高效复合利用办法》第十四条 建立新型产业项目用地台账和评估机制")]
    [InlineData("《闲置土地处置办法》（国土资源部令第53号）")]
    [InlineData("（种子文本未规定异议期）国办发〔2020〕49号（八）")]
    [InlineData("《北京市工业用地先租后让指导意见（试行）》未规定异议期；依国办发〔2020〕49号（八）")]
    public void A_clause_that_does_not_name_its_document_by_its_title_fails_the_check(string clause)
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Citation.AssertNamesItsDocument(clause, "example"));
    }

    [Fact]
    public void A_pack_file_that_names_its_document_differently_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => AdmissionPackCatalog.Parse(MinimalPack.Replace("\"id\": \"x\"", "\"id\": \"hangzhou-xihu-2020\"", StringComparison.Ordinal), "x.json"));
        Assert.Contains("西政办〔2020〕7号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_xihu_joint_review_names_the_ten_units_of_article_3()
    {
        var review = Worked.Xihu.Rules.JointReview;
        Assert.Equal("区发改经信局", review.Convener);
        Assert.Equal(10, review.Bureaus.Count);
        Assert.Contains(review.Bureaus, b => b.Name == "区委人才办");
        Assert.StartsWith("《西湖区创新型产业用地管理实施细则（试行）》第三条", review.Clause, StringComparison.Ordinal);
    }

    private const string MinimalPack = """
            { "id": "x", "version": 1, "title": "t", "issuingBody": "b", "district": "d", "effectiveFrom": "2020-01-01",
              "effectivePeriodClause": "c",
              "admission": { "landUses": [ { "code": "M1", "name": "n", "clause": "c" } ],
                "catalog": { "sectorSections": [], "industries": [], "industryClause": "c" }, "planning": {},
                "indicators": [ { "code": "profit-per-mu", "value": 1, "unit": "万元/亩", "clause": "c" } ],
                "terms": [ { "supplyMode": "Grant", "maxYears": 50, "clause": "c" } ], "biddingModes": [], "biddingClause": "c",
                "jointReview": { "convener": "c", "bureaus": [ { "code": "planning", "name": "n" } ], "clause": "c" },
                "approvalClause": "c" } }
            """;

    [Fact]
    public void A_pack_with_an_indicator_outside_the_table_is_refused()
    {
        var json = MinimalPack;
        var error = Assert.Throws<InvalidDataException>(() => AdmissionPackCatalog.Parse(json, "x.json"));
        Assert.Contains("profit-per-mu", error.Message, StringComparison.Ordinal);
    }
}
