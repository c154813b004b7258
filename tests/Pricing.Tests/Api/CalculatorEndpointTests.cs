using System.Net;
using System.Text.Json;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Pricing.Tests.Api;

/// <summary>The calculators that store nothing, with the worked numbers of the domain tests.</summary>
[Collection(PricingApiCollection.Name)]
public sealed class CalculatorEndpointTests(RabbitMqNode rabbit, IssuerFixture issuer) : IAsyncLifetime
{
    private PricingService _pricing = null!;

    public Task InitializeAsync()
    {
        _pricing = new PricingService(rabbit, issuer);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _pricing.DisposeAsync();

    private async Task<JsonElement> Ok(string path, object body, string user = PricingService.PlanningClerk)
    {
        using var response = await _pricing.PostAsync(user, path, body);
        return await Json.Body(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lease_then_transfer_schedule_from_the_winning_price()
    {
        // 20,000,000 ÷ (5 + 15) = 1,000,000 a year; lease rent 5,000,000 = bid deposit; transfer 15,000,000.
        var schedule = await Ok("/lease-then-transfer", new
        {
            policyPack = Packs.BeijingLeaseThenTransfer,
            valuationDate = "2024-06-01",
            winningPrice = 20_000_000m,
            leaseYears = 5,
            grantYears = 15,
            majorProject = false,
        });

        Assert.Equal(1_000_000m, schedule.GetProperty("annualRent").GetDecimal());
        Assert.Equal(5_000_000m, schedule.GetProperty("totalLeaseRent").GetDecimal());
        Assert.Equal(5_000_000m, schedule.GetProperty("bidDeposit").GetDecimal());
        Assert.Equal(15_000_000m, schedule.GetProperty("transferPrice").GetDecimal());
        Assert.Equal(1_000_000m, schedule.GetProperty("renewalRentPerYear").GetDecimal());
        Assert.Contains("三（四）", Json.Step(schedule, "AnnualRent").GetProperty("clause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lease_then_transfer_for_stock_land_has_no_bid_deposit()
    {
        var schedule = await Ok("/lease-then-transfer", new
        {
            policyPack = Packs.BeijingLeaseThenTransfer,
            valuationDate = "2024-06-01",
            stockLand = true,
            supplementaryLandRevenue = 9_000_000m,
            leaseYears = 3,
            grantYears = 15,
        });

        Assert.Equal(1_500_000m, schedule.GetProperty("totalLeaseRent").GetDecimal());
        Assert.Equal(7_500_000m, schedule.GetProperty("transferPrice").GetDecimal());
        Assert.Equal(JsonValueKind.Null, schedule.GetProperty("bidDeposit").ValueKind);
    }

    [Fact]
    public async Task A_lease_above_five_years_is_refused_unless_a_major_project()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/lease-then-transfer", new
        {
            policyPack = Packs.BeijingLeaseThenTransfer,
            valuationDate = "2024-06-01",
            winningPrice = 20_000_000m,
            leaseYears = 6,
            grantYears = 14,
        });
        var problem = await Json.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("LeaseExceedsMaximum", problem.GetProperty("rule").GetString());

        var major = await Ok("/lease-then-transfer", new
        {
            policyPack = Packs.BeijingLeaseThenTransfer,
            valuationDate = "2024-06-01",
            winningPrice = 20_000_000m,
            leaseYears = 6,
            grantYears = 14,
            majorProject = true,
        });
        Assert.Contains(major.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "MajorProjectExtension");
    }

    [Fact]
    public async Task Compensation_refunds_the_xihu_land_price_less_the_years_used()
    {
        // 90,000,000 − 90,000,000 ÷ 50 × 12.5 = 67,500,000; building appraised 12,000,000.
        var compensation = await Ok("/compensation", new
        {
            policyPack = Packs.Xihu,
            valuationDate = "2020-06-01",
            land = new { originalPrice = 90_000_000m, termYears = 50, yearsUsed = 12.5m },
            buildings = new[] { new { name = "厂房", appraisedValue = 12_000_000m } },
        });

        Assert.Equal(67_500_000m, compensation.GetProperty("landRefund").GetDecimal());
        Assert.Equal(12_000_000m, compensation.GetProperty("buildingsCompensation").GetDecimal());
        Assert.Equal(79_500_000m, compensation.GetProperty("totalCompensation").GetDecimal());
    }

    [Fact]
    public async Task Compensation_in_beijing_refunds_the_remaining_rent_less_the_penalty()
    {
        var compensation = await Ok("/compensation", new
        {
            policyPack = Packs.BeijingLeaseThenTransfer,
            valuationDate = "2024-06-01",
            leaseRent = new { totalLeaseRent = 5_000_000m, leaseYears = 5, yearsUsed = 2m, penalty = 500_000m },
            buildings = new object[]
            {
                new { name = "研发楼", replacementCost = 8_000_000m, newness = 0.75m, reusable = true },
                new { name = "临时棚", replacementCost = 300_000m, newness = 0.2m, reusable = false },
            },
        });

        Assert.Equal(2_500_000m, compensation.GetProperty("leaseRentRefund").GetDecimal());
        Assert.Equal(6_000_000m, compensation.GetProperty("buildingsCompensation").GetDecimal());
        Assert.Equal(8_500_000m, compensation.GetProperty("totalCompensation").GetDecimal());
    }

    [Fact]
    public async Task Compensation_names_a_nested_field()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/compensation", new
        {
            policyPack = Packs.Xihu,
            valuationDate = "2020-06-01",
            land = new { originalPrice = 90_000_000m, termYears = 50, yearsUsed = 60m },
        });

        Assert.Equal([("land.yearsUsed", "YearsUsedExceedTerm")], await Json.Violations(response));
    }

    [Fact]
    public async Task Hangzhou_performance_deposit_is_thirty_percent_and_none_for_lease_then_transfer()
    {
        var deposit = await Ok("/deposits", new { policyPack = Packs.Xihu, valuationDate = "2020-06-01", totalPrice = 90_000_000m, leaseThenTransfer = false });
        Assert.Equal(27_000_000m, deposit.GetProperty("minimumDeposit").GetDecimal());

        var exempt = await Ok("/deposits", new { policyPack = Packs.Xihu, valuationDate = "2020-06-01", totalPrice = 90_000_000m, leaseThenTransfer = true });
        Assert.Equal(0m, exempt.GetProperty("minimumDeposit").GetDecimal());
    }

    [Fact]
    public async Task A_pack_without_a_deposit_rule_refuses_with_the_rule_name()
    {
        using var response = await _pricing.PostAsync(PricingService.PlanningClerk, "/deposits", new { policyPack = Packs.Binhai, valuationDate = "2024-05-01", totalPrice = 1m, leaseThenTransfer = false });
        var problem = await Json.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("NoRuleInPolicyPack", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task National_minimum_check_converts_a_twenty_year_price_and_refuses_below_the_minimum()
    {
        // 1,600,000 ÷ 10000 m² × 50 ÷ 20 = 400 ≥ 384 (grade 5).
        var passed = await Ok("/national-minimum-check", new { totalPrice = 1_600_000m, landAreaM2 = 10000m, termYears = 20, landGrade = 5, priorityIntensiveProject = false });
        Assert.Equal(400m, passed.GetProperty("fiftyYearEquivalentPerM2").GetDecimal());
        Assert.Equal(384m, passed.GetProperty("thresholdPerM2").GetDecimal());

        using var refused = await _pricing.PostAsync(PricingService.PlanningClerk, "/national-minimum-check", new { totalPrice = 1_500_000m, landAreaM2 = 10000m, termYears = 20, landGrade = 5, priorityIntensiveProject = false });
        var problem = await Json.Problem(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("BelowNationalMinimum", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task An_auditor_may_recompute_but_the_calculators_store_nothing()
    {
        var schedule = await Ok("/deposits", new { policyPack = Packs.Xihu, valuationDate = "2020-06-01", totalPrice = 90_000_000m, leaseThenTransfer = false }, PricingService.Auditor);
        Assert.Equal(27_000_000m, schedule.GetProperty("minimumDeposit").GetDecimal());
    }

    [Fact]
    public async Task Policy_packs_are_listed_and_read_with_their_clauses()
    {
        var list = await _pricing.GetJsonAsync(PricingService.Auditor, "/policy-packs");
        var packs = list.GetProperty("packs").EnumerateArray().ToArray();
        Assert.Equal(5, packs.Length);
        var xihu = packs.Single(p => p.GetProperty("id").GetString() == Packs.Xihu);
        Assert.False(xihu.GetProperty("inForceToday").GetBoolean());
        Assert.Contains("quotes", xihu.GetProperty("computations").EnumerateArray().Select(c => c.GetString()));

        var binhai = await _pricing.GetJsonAsync(PricingService.PlanningClerk, $"/policy-packs/{Packs.Binhai}");
        var m0 = binhai.GetProperty("pricing").GetProperty("benchmarkReservePrice").GetProperty("landUses").GetProperty("M0");
        Assert.Equal(1.5m, m0.GetProperty("benchmarkMultiple").GetProperty("value").GetDecimal());
        Assert.Equal("Floor", m0.GetProperty("unitBasis").GetString());
        Assert.StartsWith("《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十条", m0.GetProperty("benchmarkMultiple").GetProperty("clause").GetString(), StringComparison.Ordinal);

        using var unknown = await (await _pricing.As(PricingService.PlanningClerk)).GetAsync("/policy-packs/nowhere-2020");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var baseline = await _pricing.GetJsonAsync(PricingService.PlanningClerk, "/national-baseline");
        Assert.Equal(384m, baseline.GetProperty("industrialMinimumPrice").GetProperty("pricePerM2ByGrade").GetProperty("5").GetDecimal());
    }
}
