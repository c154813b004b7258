using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Monitoring.Api;

/// <summary>
/// What an enterprise user may read of monitoring's files: its own reports and assessments only. Staff and auditors
/// read every file. Another enterprise's file answers 404, as if it did not exist: whether a competitor is under
/// assessment is not the asker's business.
/// </summary>
internal static class EnterpriseReading
{
    public static IQueryable<IndicatorReport> VisibleTo(this IQueryable<IndicatorReport> reports, CurrentActor actor) =>
        actor.IsEnterprise ? reports.Where(r => r.Uscc == actor.Uscc) : reports;

    public static IQueryable<Assessment> VisibleTo(this IQueryable<Assessment> assessments, CurrentActor actor) =>
        actor.IsEnterprise ? assessments.Where(a => a.Uscc == actor.Uscc) : assessments;
}
