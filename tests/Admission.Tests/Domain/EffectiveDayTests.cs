using LandPlatform.Admission.Domain.Rules;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Tests.Domain;

/// <summary>A document is in force on Beijing dates: the day of an act is its date in Beijing, not in UTC.</summary>
public sealed class EffectiveDayTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void XihuStandardDraftedAtSevenInTheMorningAfterItsTrialYearIsRefused()
    {
        // 《西湖区创新型产业用地管理实施细则（试行）》第十七条: from 2020-03-14, a trial year: the last day is 2021-03-13.
        // 07:00 on the 14th in Beijing is still the 13th in UTC.
        var at = new DateTimeOffset(2021, 3, 14, 7, 0, 0, Beijing);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => ParcelStandard.Draft(Worked.Xihu, Worked.XihuStandard(), "planning.clerk", at));

        Assert.Equal(nameof(PackMustBeInForceOnTheDay), refused.RuleName);
    }

    [Fact]
    public void XihuStandardDraftedOnTheLastEveningOfItsTrialYearIsTaken()
    {
        // 23:00 on the 13th in Beijing, the trial year's last hour (15:00 on the 13th in UTC).
        var at = new DateTimeOffset(2021, 3, 13, 23, 0, 0, Beijing);

        var standard = ParcelStandard.Draft(Worked.Xihu, Worked.XihuStandard(), "planning.clerk", at);

        Assert.Equal(StandardStatus.Draft, standard.Status);
    }

    [Fact]
    public void XihuStandardDraftedJustAfterMidnightOnItsFirstDayIsTaken()
    {
        // 00:30 on 2020-03-14 in Beijing is 16:30 on the 13th in UTC: the document is in force in Beijing already.
        var at = new DateTimeOffset(2020, 3, 14, 0, 30, 0, Beijing);

        var standard = ParcelStandard.Draft(Worked.Xihu, Worked.XihuStandard(), "planning.clerk", at);

        Assert.Equal(StandardStatus.Draft, standard.Status);
    }
}
