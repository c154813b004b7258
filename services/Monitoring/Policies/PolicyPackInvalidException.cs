namespace LandPlatform.Monitoring.Policies;

/// <summary>A policy pack's data is wrong; the service refuses to start rather than apply it. Lists every problem found.</summary>
public sealed class PolicyPackInvalidException(string source, IReadOnlyList<string> problems)
    : Exception($"monitoring policy pack {source} is invalid: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
