using LandPlatform.Contracts.Domain.Deadlines;

namespace LandPlatform.Contracts.Domain.Daily;

/// <summary>What the daily look at one contract found on one day of the clock; the job turns each into an event.</summary>
public abstract record DailyFinding(DateOnly On);

/// <summary>A milestone's agreed date passed without it (once per milestone).</summary>
public sealed record MilestoneMissedFinding(DateOnly On, Milestone Milestone, DateOnly AgreedBy, string Clause) : DailyFinding(On);

/// <summary>The penalty of a late milestone changed (it grows a day at a time and stops on the actual date).</summary>
public sealed record PenaltyAccruedFinding(DateOnly On, LatePenalty Penalty, bool Final) : DailyFinding(On);

/// <summary>The land crossed a year of idleness (1: fee; 2: recovery).</summary>
public sealed record IdleLandFinding(DateOnly On, IdleLand Idle, bool CausedByGovernment) : DailyFinding(On);

/// <summary>A quarterly progress report period ended without a report.</summary>
public sealed record ProgressReportMissingFinding(DateOnly On, DateOnly PeriodEnd, string Clause) : DailyFinding(On);

/// <summary>The late-payment penalty on overdue instalments changed (it grows a day at a time until paid).</summary>
public sealed record LatePaymentAccruedFinding(DateOnly On, LatePayment LatePayment) : DailyFinding(On);
