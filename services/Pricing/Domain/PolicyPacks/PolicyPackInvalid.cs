namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// A pack file that cannot be used: thrown at load, listing every problem with its JSON path, so a
/// broken data file fails the service at start-up instead of producing a wrong price later.
/// </summary>
public sealed class PolicyPackInvalid(string source, IReadOnlyList<string> problems)
    : Exception($"policy pack file '{source}' is invalid: {string.Join("; ", problems)}")
{
    public string PackFile { get; } = source;

    public IReadOnlyList<string> Problems { get; } = problems;
}
