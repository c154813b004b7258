namespace LandPlatform.IntegrationContracts.Indicators;

/// <summary>
/// One indicator an enterprise committed to, exactly as the admission standard and the contract state it: the
/// code names the indicator (see <see cref="IndicatorCodes"/>), the value is in <see cref="Unit"/> as the seed
/// writes it (万元/亩, 亿元/万m², %), and <see cref="Clause"/> quotes the document that sets the threshold.
/// Consumers convert only for comparison and keep these three side by side.
/// </summary>
public sealed record CommittedIndicator(string Code, decimal Value, string Unit, string Clause)
{
    /// <summary>The threshold of the standard this commitment was judged against, in the same unit (null when none).</summary>
    public decimal? Threshold { get; init; }
}
