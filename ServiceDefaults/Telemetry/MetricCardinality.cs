using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace LandPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// How many distinct tag combinations each metric stream keeps. The SDK's default of 2,000 is allocated up
/// front as one array of metric points per stream (about 144 KB each, so on the large object heap), and a
/// service listens to some 80 streams (runtime, ASP.NET Core, HttpClient, MassTransit, the platform's own):
/// about 11 MB of every idle process's 150 MB budget (issue 9), measured in credit's heap dump. The platform's
/// real combinations are far fewer: the instruments tagged by route and status code (ASP.NET Core's and
/// HttpClient's, named http.* and aspnetcore.*) see a few hundred at most in the largest service (about 40 routes
/// × a handful of status codes × HTTP/1.1 and HTTP/2); every other instrument (GC generations, message types,
/// consumers) a few dozen. Combinations beyond the limit are still counted, under the SDK's overflow point
/// (<c>otel.metric.overflow=true</c>), so totals stay right and only their attribution is lost.
/// </summary>
public static class MetricCardinality
{
    /// <summary>Route-tagged HTTP instruments: 1,000 points, about 72 KB, below the large object heap.</summary>
    public const int HttpInstruments = 1000;

    /// <summary>Every other instrument.</summary>
    public const int OtherInstruments = 100;

    public static MeterProviderBuilder LimitCardinality(this MeterProviderBuilder metrics) =>
        metrics.AddView(instrument => new MetricStreamConfiguration { CardinalityLimit = LimitFor(instrument) });

    public static int LimitFor(Instrument instrument) =>
        instrument.Name.StartsWith("http.", StringComparison.Ordinal)
        || instrument.Name.StartsWith("aspnetcore.", StringComparison.Ordinal)
            ? HttpInstruments
            : OtherInstruments;
}
