namespace LandPlatform.Credit.Policies;

/// <summary>A policy pack's data is wrong; the service refuses to start rather than apply it. Lists every problem found.</summary>
public sealed class PolicyPackInvalidException(string source, IReadOnlyList<string> problems)
    : Exception($"policy pack {source} is invalid: {string.Join("; ", problems)}")
{
    public string PackSource { get; } = source;

    public IReadOnlyList<string> Problems { get; } = problems;
}
