using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Domain.Reports;

/// <summary>
/// An enterprise's indicator report for one contract and period (RULES.md §4). Kept as submitted and never
/// overwritten: a correction is a new version recording who and why; statistics and tax each confirm the figures
/// they own. The assessment and the re-check read <see cref="Confirmed"/>, never an unconfirmed version.
/// </summary>
public sealed class IndicatorReport
{
    private readonly List<ReportVersion> _versions = [];
    private readonly List<FigureConfirmation> _confirmations = [];

    private IndicatorReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public string Uscc { get; private set; } = string.Empty;

    public int Year { get; private set; }

    /// <summary>1–4, or null for the annual report.</summary>
    public int? Quarter { get; private set; }

    public ReportPeriod Period => new(Year, Quarter);

    public IReadOnlyList<ReportVersion> Versions => _versions;

    public IReadOnlyList<FigureConfirmation> Confirmations => _confirmations;

    public ReportVersion Current => _versions[^1];

    /// <summary>The newest version whose every owned figure is confirmed by its bureau, or null.</summary>
    public ReportVersion? Confirmed => _versions.LastOrDefault(IsFullyConfirmed);

    /// <summary>Whether the current version is confirmed by every bureau that owns one of its figures.</summary>
    public bool IsConfirmed => IsFullyConfirmed(Current);

    /// <exception cref="BusinessRuleBrokenException"><see cref="APeriodIsReportedOnce"/>.</exception>
    public static IndicatorReport Submit(
        Guid contractId, string uscc, ReportPeriod period, Figures figures, IndicatorReport? existing, Actor enterprise, DateTimeOffset now)
    {
        BusinessRules.Check(new APeriodIsReportedOnce(period, existing));
        var report = new IndicatorReport
        {
            Id = Guid.CreateVersion7(),
            ContractId = contractId,
            Uscc = uscc,
            Year = period.Year,
            Quarter = period.Quarter,
        };
        report._versions.Add(new ReportVersion(1, figures, enterprise, now, null));
        return report;
    }

    /// <summary>
    /// A new version with <paramref name="changes"/>. A bureau corrects only what it owns and its correction confirms
    /// its own part at once (it is the source); the enterprise corrects only before any bureau confirmed.
    /// </summary>
    public ReportVersion Correct(IReadOnlyDictionary<string, decimal> changes, string reason, OwningBureau? bureau, Actor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (bureau is { } owner)
        {
            BusinessRules.Check(new AFigureIsCorrectedOrConfirmedByItsOwner(owner, NotOwned(owner, changes.Keys)));
        }
        else
        {
            BusinessRules.Check(new TheEnterpriseCorrectsOnlyUnconfirmedReports(_confirmations.Count > 0));
        }

        BusinessRules.Check(new ACorrectionChangesSomething(changes.Any(c => Current.Figures.Get(c.Key) != c.Value)));
        var version = new ReportVersion(Current.Number + 1, Current.Figures.With(changes), by, now, reason.Trim());
        _versions.Add(version);
        if (bureau is { } b)
        {
            _confirmations.Add(new FigureConfirmation(b, version.Number, by, now));
        }

        return version;
    }

    /// <summary>The bureau confirms its figures as they stand in the current version.</summary>
    public FigureConfirmation Confirm(OwningBureau bureau, IReadOnlyCollection<string>? figures, Actor by, DateTimeOffset now)
    {
        BusinessRules.Check(new AFigureIsCorrectedOrConfirmedByItsOwner(bureau, NotOwned(bureau, figures ?? [])));
        BusinessRules.Check(new TheBureauHasFiguresToConfirm(bureau, Current.Figures.Keys.Any(k => FigureCodes.Find(k)?.Owner == bureau)));
        var confirmation = new FigureConfirmation(bureau, Current.Number, by, now);
        _confirmations.Add(confirmation);
        return confirmation;
    }

    /// <summary>The bureaus that still have to confirm the current version.</summary>
    public IReadOnlyList<OwningBureau> AwaitingConfirmation() =>
        OwnersOf(Current).Where(b => !IsConfirmedBy(Current, b)).ToList();

    private bool IsFullyConfirmed(ReportVersion version) => OwnersOf(version).All(b => IsConfirmedBy(version, b));

    private bool IsConfirmedBy(ReportVersion version, OwningBureau bureau)
    {
        var owned = FigureCodes.OwnedBy(bureau).ToList();
        // A confirmation carries over to later versions that left the bureau's figures as they were.
        return _confirmations.Any(c => c.Bureau == bureau && c.Version <= version.Number
            && _versions[c.Version - 1].Figures.SameAs(version.Figures, owned));
    }

    private static IEnumerable<OwningBureau> OwnersOf(ReportVersion version) =>
        version.Figures.Keys.Select(k => FigureCodes.Find(k)?.Owner).OfType<OwningBureau>().Distinct().Order();

    private static List<string> NotOwned(OwningBureau bureau, IEnumerable<string> codes) =>
        codes.Where(c => FigureCodes.Find(c)?.Owner != bureau).ToList();
}
