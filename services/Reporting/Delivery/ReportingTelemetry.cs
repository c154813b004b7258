using System.Diagnostics;
using System.Diagnostics.Metrics;
using LandPlatform.Reporting.Domain;

namespace LandPlatform.Reporting.Delivery;

/// <summary>
/// The delivery span source and the ledger's metrics. Both are named "LandPlatform.Reporting", which the platform's
/// OpenTelemetry set-up (ServiceDefaults, "LandPlatform.*") exports to the dashboard.
/// </summary>
public sealed class ReportingTelemetry : IDisposable
{
    public const string Name = "LandPlatform.Reporting";

    internal static readonly ActivitySource Source = new(Name);

    private readonly Meter _meter;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _attempts;
    private IReadOnlyDictionary<DeliveryState, int> _counts = new Dictionary<DeliveryState, int>();

    public ReportingTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        // Delivered per minute is this counter's rate in the dashboard.
        _delivered = _meter.CreateCounter<long>("reporting.records.delivered", "{record}", "Records the provincial platform acknowledged with a receipt.");
        _attempts = _meter.CreateCounter<long>("reporting.delivery.attempts", "{attempt}", "Delivery attempts by outcome.");
        _meter.CreateObservableGauge("reporting.ledger.records", ObserveCounts, "{record}", "Records in the delivery ledger by state.");
    }

    public void Attempted(DeliveryResult result)
    {
        var outcome = result switch
        {
            DeliveryResult.Delivered => "delivered",
            DeliveryResult.Rejected => "rejected",
            _ => "failed",
        };
        _attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (result is DeliveryResult.Delivered)
        {
            _delivered.Add(1);
        }
    }

    /// <summary>The ledger's counts as the delivery loop last read them (observed without touching the database).</summary>
    public void LedgerCounted(IReadOnlyDictionary<DeliveryState, int> counts) => _counts = counts;

    private IEnumerable<Measurement<int>> ObserveCounts()
    {
        var counts = _counts;
        return Enum.GetValues<DeliveryState>().Select(state => new Measurement<int>(
            counts.TryGetValue(state, out var n) ? n : 0, new KeyValuePair<string, object?>("state", state.ToString())));
    }

    public void Dispose() => _meter.Dispose();
}
