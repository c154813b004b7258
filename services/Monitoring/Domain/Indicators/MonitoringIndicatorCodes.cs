using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>The indicator codes monitoring judges: the platform's list plus what only monitoring measures.</summary>
public static class MonitoringIndicatorCodes
{
    /// <summary>
    /// 科技成果数量 (Binhai art. 13(一)): a self-use project's technology results, a count. Not (yet) in the
    /// platform's <see cref="IndicatorCodes"/>, so no contract can commit it today; a line is judged only when a
    /// contract commits it, and the code is kept here rather than invented under a second name elsewhere.
    /// </summary>
    public const string TechnologyResults = "technology-results";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>([.. IndicatorCodes.All, TechnologyResults], StringComparer.Ordinal);
}
