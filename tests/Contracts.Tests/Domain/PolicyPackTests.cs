using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Policies;
using LandPlatform.IntegrationContracts.PolicyPacks;
using LandPlatform.Testing.Policies;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>The packs are data with clauses that quote the documents; a pack missing a clause does not load.</summary>
public sealed class PolicyPackTests
{
    [Fact]
    public void EveryPackOfTheSeedsWithContractRulesIsShipped() =>
        Assert.Equal(
            ["beijing-lease-then-transfer-2024", "beijing-shijingshan-2019", "hangzhou-xihu-2020", "tianjin-binhai-m0-2023"],
            A.Catalog.PackIds.Order(StringComparer.Ordinal));

    [Fact]
    public void XihuQuotesTheTemplatesPenaltyAndDepositClauses()
    {
        Assert.Equal(0.001m, A.Xihu.LatePenaltyPerDay.Value);
        Assert.Contains("五（一）", A.Xihu.LatePenaltyPerDay.Clause, StringComparison.Ordinal);
        Assert.Equal(0.3m, A.Xihu.DepositShare.Value);
        Assert.Contains("第八条", A.Xihu.DepositShare.Clause, StringComparison.Ordinal);
        Assert.Equal(TransferBeforeAssessment.Forbidden, A.Xihu.TransferBeforeAssessment.Value);
    }

    [Fact]
    public void BinhaiLimitsInstalmentsToOneYear()
    {
        Assert.Equal(12, A.Binhai.InstalmentMaxMonths!.Value);
        Assert.Contains("第十条", A.Binhai.InstalmentMaxMonths.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersTheSeedsLeaveBlankSayWhyTheBureauChoseThem() =>
        Assert.NotNull(A.Xihu.StartWithinMonthsOfDelivery.Note);

    [Fact]
    public void APackWithAnUnknownFieldDoesNotLoad()
    {
        var json = """{ "id": "x", "version": 1, "district": "d", "documentTitle": "t", "effectiveFrom": "2020-01-01", "effectivePeriodClause": "c", "surprise": 1, "contracts": {} }""";

        Assert.Throws<InvalidOperationException>(() => ContractsPolicyCatalog.Parse(json, "x.json"));
    }

    [Fact]
    public void APackWithAnEmptyClauseDoesNotLoad()
    {
        var stream = typeof(ContractsPolicyCatalog).Assembly.GetManifestResourceStream("LandPlatform.Contracts.Policies.Packs.hangzhou-xihu-2020.json")!;
        var json = new StreamReader(stream).ReadToEnd().Replace("附件3 五（一） 乙方未能", "", StringComparison.Ordinal);
        var emptied = System.Text.RegularExpressions.Regex.Replace(json, "\"clause\": \"《西湖区创新型产业用地管理实施细则（试行）》附件3 一、项目在实际交地之日起[^\"]*\"", "\"clause\": \"\"");

        Assert.Throws<InvalidOperationException>(() => ContractsPolicyCatalog.Parse(emptied, "x.json"));
    }

    [Fact]
    public void EveryClauseInEveryPackNamesItsDocument()
    {
        var catalog = ContractsPolicyCatalog.LoadEmbedded();

        Citation.AssertEveryPackClauseNamesItsDocument(
            catalog.PackIds.Select(id => (id, (object)catalog.Latest(id)!)),
            typeof(ContractsPolicyCatalog).Assembly,
            "LandPlatform.Contracts.Policies.Packs.");
    }

    [Fact]
    public void EveryPackNamesItsDocumentAsThePlatformsIdentityDoes() =>
        Assert.All(A.Catalog.PackIds, id => Assert.Equal(PolicyPackRegistry.Find(id)?.Title, A.Catalog.Latest(id)!.DocumentTitle));

    [Fact]
    public void EveryClauseContractsWritesInCodeNamesItsDocument()
    {
        Citation.AssertEveryRuleClauseNamesItsDocument(typeof(ContractsPolicyCatalog).Assembly, nameof(LandPlatform.Contracts.Domain.Rules.ExitMustBeBeforeTheLeaseEnds));
        Assert.All(Citation.ClausesIn(NationalContractRules.Default), c => Citation.AssertNamesItsDocument(c, nameof(NationalContractRules)));

        // A refusal passes its clause to the base record, which no uninitialised instance shows.
        Citation.AssertNamesItsDocument(new LandPlatform.Contracts.Domain.Limits.CounterpartyMustNotBeListed("91350100M000100Y43").Clause, "CounterpartyMustNotBeListed");
    }
}
