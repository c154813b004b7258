using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>先租后让 (Beijing 三（三）–（七）): 5 years' lease in a 20-year term, winning price 20,000,000 yuan.</summary>
public sealed class LeaseThenTransferTests
{
    private static readonly DateOnly SignedOn = new(2026, 2, 1);

    private static SupervisionContract InProduction()
    {
        var contract = A.LeaseThenTransfer();
        contract.Sign(SignedOn, A.Clerk, A.Today, A.Now);
        contract.SignLandContract("京租〔2026〕1号", A.Planning, SignedOn, A.Leader, A.Today, A.Now);
        contract.DeliverLand(new DateOnly(2026, 2, 10), A.Clerk, A.Today, A.Now);
        contract.StartConstruction(new DateOnly(2026, 6, 1), A.Clerk, A.Today, A.Now);
        contract.CompleteConstruction(new DateOnly(2028, 1, 1), A.Clerk, A.Today, A.Now);
        contract.StartProduction(new DateOnly(2028, 3, 1), A.Clerk, A.Today, A.Now);
        return contract;
    }

    [Fact]
    public void TheLeaseEndsItsYearsAfterSigning() =>
        Assert.Equal(new DateOnly(2031, 1, 31), InProduction().LeaseEndsOn);

    [Fact]
    public void PassingOpensTheGrantAtTheWinningPriceLessTheRentPaid()
    {
        var contract = InProduction();
        contract.ApplyForAssessment(new DateOnly(2030, 6, 1), A.Beijing, A.Clerk, A.Today, A.Now);
        contract.PassAssessment(new DateOnly(2030, 9, 1), A.Beijing, A.Clerk, A.Today, A.Now);

        // Rent = 20,000,000 ÷ 20 × 5 = 5,000,000; transfer price = 20,000,000 − 5,000,000 (三（四）).
        Assert.Equal(ContractState.GrantOpened, contract.State);
        Assert.Equal(15_000_000m, contract.GrantPrice);
    }

    [Fact]
    public void TheGrantIsSignedWithinFifteenDaysOfTheNotice()
    {
        var contract = InProduction();
        contract.ApplyForAssessment(new DateOnly(2030, 6, 1), A.Beijing, A.Clerk, A.Today, A.Now);
        contract.PassAssessment(new DateOnly(2030, 9, 1), A.Beijing, A.Clerk, A.Today, A.Now);

        var late = Assert.Throws<BusinessRuleBrokenException>(() => contract.ConvertToGrant(new DateOnly(2030, 9, 17), A.Beijing, A.Clerk, A.Today, A.Now));
        contract.ConvertToGrant(new DateOnly(2030, 9, 16), A.Beijing, A.Clerk, A.Today, A.Now);

        Assert.Equal(nameof(GrantMustBeSignedWithinTheDaysOfTheNotice), late.RuleName);
        Assert.Equal(ContractState.Granted, contract.State);
    }

    [Fact]
    public void TheAssessmentIsAppliedForAtLeastSixMonthsBeforeTheLeaseEnds()
    {
        var contract = InProduction();

        var late = Assert.Throws<BusinessRuleBrokenException>(() => contract.ApplyForAssessment(new DateOnly(2030, 8, 1), A.Beijing, A.Clerk, A.Today, A.Now));

        Assert.Equal(nameof(AssessmentMustBeAppliedForBeforeTheLeaseEnds), late.RuleName);
        Assert.Equal(ContractState.InProduction, contract.State);
    }

    [Fact]
    public void AFailedLeaseExitsBeforeTheLeaseEnds()
    {
        var contract = InProduction();
        contract.ApplyForAssessment(new DateOnly(2030, 6, 1), A.Beijing, A.Clerk, A.Today, A.Now);
        contract.FailAssessment(new DateOnly(2030, 9, 1), final: true, A.Clerk, A.Today, A.Now);

        var noRectification = Assert.Throws<IllegalTransitionException>(() => contract.BeginRectification(new DateOnly(2030, 9, 2), A.Clerk, A.Today, A.Now));
        contract.Exit(new DateOnly(2030, 12, 1), A.Clerk, A.Today, A.Now);

        Assert.Contains(ContractAction.Exit, noRectification.AllowedNext);
        Assert.Equal(ContractState.Exited, contract.State);
    }

    [Fact]
    public void TheLeaseIsRenewedOnceForAtMostTwoYears()
    {
        var contract = InProduction();

        var tooLong = Assert.Throws<BusinessRuleBrokenException>(() => contract.RenewLease(3, new DateOnly(2030, 5, 1), A.Beijing, A.Clerk, A.Today, A.Now));
        contract.RenewLease(2, new DateOnly(2030, 5, 1), A.Beijing, A.Clerk, A.Today, A.Now);
        var second = Assert.Throws<BusinessRuleBrokenException>(() => contract.RenewLease(1, new DateOnly(2030, 6, 1), A.Beijing, A.Clerk, A.Today, A.Now));

        Assert.Equal(nameof(RenewalMustStayWithinItsLimits), tooLong.RuleName);
        Assert.Equal(nameof(RenewalMustStayWithinItsLimits), second.RuleName);
        Assert.Equal(new DateOnly(2033, 1, 31), contract.LeaseEndsOn);
        Assert.Equal(1, contract.Renewals);
    }
}
