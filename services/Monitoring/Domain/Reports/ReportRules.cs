using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Domain.Reports;

public sealed class APeriodIsReportedOnce(ReportPeriod period, IndicatorReport? existing) : IBusinessRule
{
    public bool IsBroken() => existing is not null;

    public string Message => existing is { IsConfirmed: true }
        ? $"The period {period} is already reported and confirmed (report {existing.Id}); a later change is a correction by the bureau that owns the figure."
        : $"The period {period} is already reported (report {existing?.Id}); send a correction to it instead of a second report.";
}

public sealed class AFigureIsCorrectedOrConfirmedByItsOwner(OwningBureau bureau, IReadOnlyList<string> notOwned) : IBusinessRule
{
    public bool IsBroken() => notOwned.Count > 0;

    public string Message => $"The {bureau.ToString().ToLowerInvariant()} bureau does not own {string.Join(", ", notOwned)}: only the bureau that holds the source records confirms or corrects a figure.";
}

public sealed class TheEnterpriseCorrectsOnlyUnconfirmedReports(bool anyConfirmation) : IBusinessRule
{
    public bool IsBroken() => anyConfirmation;

    public string Message => "A bureau has already confirmed figures of this report: further corrections are the owning bureau's, with its reason.";
}

public sealed class ACorrectionChangesSomething(bool changes) : IBusinessRule
{
    public bool IsBroken() => !changes;

    public string Message => "The correction changes no figure of the current version.";
}

public sealed class TheBureauHasFiguresToConfirm(OwningBureau bureau, bool any) : IBusinessRule
{
    public bool IsBroken() => !any;

    public string Message => $"The report holds no figure the {bureau.ToString().ToLowerInvariant()} bureau owns.";
}
