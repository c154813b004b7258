using System.Diagnostics.Metrics;
using LandPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>
/// Each metric stream keeps only the tag combinations the platform can produce, because the SDK allocates its
/// points up front (issue 9's memory budget), while the histograms keep the buckets their instruments advise.
/// </summary>
public sealed class MetricCardinalityTests
{
    private sealed class CollectingExporter : BaseExporter<Metric>
    {
        public Dictionary<string, List<MetricPoint>> Points { get; } = [];

        public override ExportResult Export(in Batch<Metric> batch)
        {
            foreach (var metric in batch)
            {
                var points = Points[metric.Name] = [];
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    points.Add(point);
                }
            }

            return ExportResult.Success;
        }
    }

    private static (IHost Host, BaseExportingMetricReader Reader, CollectingExporter Exporter) StartHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.ConfigureOpenTelemetry();
        var exporter = new CollectingExporter();
        var reader = new BaseExportingMetricReader(exporter);
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddReader(reader));
        var host = builder.Build();
        host.Start();
        return (host, reader, exporter);
    }

    [Fact]
    public void APlatformInstrumentKeepsAHundredCombinationsAndCountsTheRestUnderOverflow()
    {
        var (host, reader, exporter) = StartHost();
        using var _ = host;
        using var meter = new Meter("LandPlatform.CardinalityTests." + Guid.NewGuid().ToString("N"));
        var received = meter.CreateCounter<long>("lp.test.received");

        for (var i = 0; i < 500; i++)
        {
            received.Add(1, new KeyValuePair<string, object?>("message.type", "Type" + i));
        }

        Assert.True(reader.Collect());
        var points = exporter.Points["lp.test.received"];
        // The SDK's default (2,000) would have kept all 500 apart.
        Assert.InRange(points.Count, MetricCardinality.OtherInstruments, MetricCardinality.OtherInstruments + 1);
        Assert.Equal(500, points.Sum(p => p.GetSumLong()));
    }

    [Fact]
    public void HttpInstrumentsKeepAThousandCombinationsAndTheirAdvisedBuckets()
    {
        var (host, reader, exporter) = StartHost();
        using var _ = host;
        using var meter = new Meter("LandPlatform.CardinalityTests." + Guid.NewGuid().ToString("N"));
        double[] advised = [0.005, 0.01, 0.025, 0.05, 0.1];
        var duration = meter.CreateHistogram<double>("http.server.request.duration", "s", null, null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = advised });

        for (var i = 0; i < 1500; i++)
        {
            duration.Record(0.02, new KeyValuePair<string, object?>("http.route", "/route/" + i));
        }

        Assert.True(reader.Collect());
        var points = exporter.Points["http.server.request.duration"];
        Assert.InRange(points.Count, MetricCardinality.HttpInstruments, MetricCardinality.HttpInstruments + 1);
        var bounds = new List<double>();
        foreach (var bucket in points[0].GetHistogramBuckets())
        {
            bounds.Add(bucket.ExplicitBound);
        }

        Assert.Equal([.. advised, double.PositiveInfinity], bounds);
    }
}
