using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>What the drill saw: a status histogram (per status and per kind of body) and every answer that broke the rules.</summary>
public sealed class DrillOutcome
{
    /// <summary>Status code (HTTP, or grpc-status in a gRPC drill), or <see cref="Dropped"/>.</summary>
    private readonly ConcurrentDictionary<int, int> _byStatus = new();
    private readonly ConcurrentDictionary<(string Kind, int Status), int> _byKind = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _endpoints;

    /// <summary>No answer: the connection was dropped or reset.</summary>
    public const int Dropped = -1;

    public int Sent => _byStatus.Values.Sum();

    public int Endpoints => _endpoints;

    public IReadOnlyCollection<string> Failures => _failures;

    public int Count(Func<int, bool> status) => _byStatus.Where(s => status(s.Key)).Sum(s => s.Value);

    public void Endpoint() => Interlocked.Increment(ref _endpoints);

    public void Record(string kind, int status, string? failure)
    {
        _byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        _byKind.AddOrUpdate((kind, status), 1, (_, n) => n + 1);
        if (failure is not null)
        {
            _failures.Enqueue(failure);
        }
    }

    public void Fail(string failure) => _failures.Enqueue(failure);

    public string Histogram(string title)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{title}: {Sent} requests to {Endpoints} endpoints\n");
        foreach (var (status, count) in _byStatus.OrderBy(s => s.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {(status == Dropped ? "dropped" : status.ToString(CultureInfo.InvariantCulture)),7}  {count,6}\n");
        }

        text.Append("  by kind of body:\n");
        foreach (var kind in _byKind.GroupBy(k => k.Key.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = string.Join(", ", kind.OrderBy(k => k.Key.Status).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key.Status}×{k.Value}")));
            text.Append(CultureInfo.InvariantCulture, $"    {kind.Key,-36} {statuses}\n");
        }

        foreach (var failure in _failures.Take(40))
        {
            text.Append("  FAIL ").Append(failure).Append('\n');
        }

        return text.ToString();
    }
}
