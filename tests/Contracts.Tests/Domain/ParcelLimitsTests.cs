using LandPlatform.Contracts.Domain.Limits;
using LandPlatform.Contracts.Domain.Policy;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>Transfer, subdivision, lease and mortgage requests: each refusal names its rule and clause.</summary>
public sealed class ParcelLimitsTests
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    private static ParcelStanding Parcel(bool passed = true, decimal alreadySubdivided = 0, DateOnly? firstTransfer = null, bool idle = false, bool lease = false, bool developed = true, bool parkDeveloper = false) =>
        new(A.Price, 40_000m, passed, developed, idle, parkDeveloper, lease, alreadySubdivided, firstTransfer);

    private static TransferRequest Transfer(
        TransferKind kind = TransferKind.Subdivision, decimal[]? units = null, bool supporting = false, bool inCatalog = true,
        bool listed = false, bool consent = false, bool courtOrder = false) =>
        new(kind, units ?? [1_000m, 1_000m], supporting, inCatalog, listed, "91330106MA2H00011X", consent, courtOrder, Today);

    private static string[] Rules(IEnumerable<Refusal> refusals) => [.. refusals.Select(r => r.GetType().Name)];

    [Fact]
    public void XihuAllowsNoTransferBeforeTheAssessmentPasses() =>
        Assert.Equal([nameof(NoTransferBeforeAssessmentPasses)], Rules(ParcelLimits.CheckTransfer(Transfer(TransferKind.Whole), Parcel(passed: false), A.Xihu)));

    [Fact]
    public void BinhaiAllowsATransferBeforeTheAssessmentOnlyWithTheSupervisionGroupsConsent()
    {
        Assert.Equal([nameof(TransferBeforeAssessmentNeedsTheSupervisionGroupsConsent)],
            Rules(ParcelLimits.CheckTransfer(Transfer(TransferKind.Whole), Parcel(passed: false), A.Binhai)));
        Assert.Empty(ParcelLimits.CheckTransfer(Transfer(TransferKind.Whole, consent: true), Parcel(passed: false), A.Binhai));
    }

    [Fact]
    public void AfterPassingASubdivisionWithinTheLimitsIsAllowed() =>
        Assert.Empty(ParcelLimits.CheckTransfer(Transfer(), Parcel(), A.Xihu));

    [Fact]
    public void SubdividedTransfersMayNotExceedHalfTheFloorArea()
    {
        var refusal = Assert.IsType<SubdivisionMustNotExceedTheShareOfFloorArea>(
            Assert.Single(ParcelLimits.CheckTransfer(Transfer(units: [1_500m]), Parcel(alreadySubdivided: 19_000m), A.Xihu)));

        Assert.Equal(20_000m, refusal.AllowedM2);
        Assert.Contains("50%", refusal.Clause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hangzhou-xihu-2020", 499, true)]
    [InlineData("hangzhou-xihu-2020", 500, false)]
    [InlineData("tianjin-binhai-m0-2023", 299, true)]
    [InlineData("tianjin-binhai-m0-2023", 300, false)]
    public void EachUnitMeetsThePacksMinimumFloorArea(string pack, int unitM2, bool refused)
    {
        var refusals = ParcelLimits.CheckTransfer(Transfer(units: [1_000m, unitM2]), Parcel(), A.Catalog.Latest(pack)!);

        Assert.Equal(refused, Rules(refusals).Contains(nameof(EachUnitMustMeetTheMinimumFloorArea)));
    }

    [Fact]
    public void BinhaiNeverSellsSupportingFloorArea() =>
        Assert.Equal([nameof(SupportingFloorAreaIsNeverSold)], Rules(ParcelLimits.CheckTransfer(Transfer(supporting: true), Parcel(), A.Binhai)));

    [Fact]
    public void BinhaiAllowsNoSecondTransferWithinFiveYearsUnlessByBankruptcyOrCourtOrder()
    {
        var first = Today.AddYears(-4);

        Assert.Equal([nameof(NoSecondTransferWithinTheLockUp)], Rules(ParcelLimits.CheckTransfer(Transfer(), Parcel(firstTransfer: first), A.Binhai)));
        Assert.Empty(ParcelLimits.CheckTransfer(Transfer(courtOrder: true), Parcel(firstTransfer: first), A.Binhai));
        Assert.Empty(ParcelLimits.CheckTransfer(Transfer(), Parcel(firstTransfer: Today.AddYears(-5)), A.Binhai));
    }

    [Fact]
    public void TheTransfereeMustBeInTheCatalogAndNotListed() =>
        Assert.Equal([nameof(CounterpartyMustBeInTheCatalog), nameof(CounterpartyMustNotBeListed)],
            Rules(ParcelLimits.CheckTransfer(Transfer(inCatalog: false, listed: true), Parcel(), A.Xihu)));

    [Fact]
    public void AParkDeveloperMayLeaseButNeverTransfer() =>
        Assert.Contains(nameof(ParkDeveloperMayLeaseButNeverTransfer), Rules(ParcelLimits.CheckTransfer(Transfer(TransferKind.Whole), Parcel(parkDeveloper: true), A.Shijingshan)));

    [Fact]
    public void RentToTenantsIsCappedAtHalfTheOfficeRent()
    {
        var atCap = new LeaseRequest(30m, 60m, true, false, "91330106MA2H00011X");
        var over = atCap with { RentPerM2 = 30.01m };

        Assert.Empty(ParcelLimits.CheckLease(atCap, Parcel(), A.Xihu));
        Assert.Equal([nameof(RentMustNotExceedTheShareOfOfficeRent)], Rules(ParcelLimits.CheckLease(over, Parcel(), A.Xihu)));
    }

    [Fact]
    public void TheMortgageValueIsCappedAtTheLandPriceUntilTheAssessmentPasses()
    {
        Assert.Equal([nameof(MortgageMustNotExceedTheLandPrice)], Rules(ParcelLimits.CheckMortgage(new(A.Price + 1), Parcel(passed: false), A.Xihu)));
        Assert.Empty(ParcelLimits.CheckMortgage(new(A.Price), Parcel(passed: false), A.Xihu));
        Assert.Empty(ParcelLimits.CheckMortgage(new(A.Price * 2), Parcel(passed: true), A.Xihu));
    }

    [Fact]
    public void IdleLandMayNotBeTransferredLeasedOrMortgaged()
    {
        var idle = Parcel(idle: true);

        Assert.Contains(nameof(IdleLandMayNotBeTransferredLeasedOrMortgaged), Rules(ParcelLimits.CheckTransfer(Transfer(), idle, A.Xihu)));
        Assert.Contains(nameof(IdleLandMayNotBeTransferredLeasedOrMortgaged), Rules(ParcelLimits.CheckLease(new(1m, 60m, true, false, "x"), idle, A.Xihu)));
        Assert.Contains(nameof(IdleLandMayNotBeTransferredLeasedOrMortgaged), Rules(ParcelLimits.CheckMortgage(new(1m), idle, A.Xihu)));
    }

    [Fact]
    public void ALeasedParcelIsNotMortgagedBeforeItsDevelopmentIsComplete() =>
        Assert.Equal([nameof(NothingMayBeTransferredLeasedOrMortgagedBeforeDevelopment)],
            Rules(ParcelLimits.CheckMortgage(new(1m), Parcel(lease: true, developed: false), A.Beijing)));
}
