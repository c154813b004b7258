using System.Collections;

namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>An immutable set of reported figures by code (see <see cref="FigureCodes"/>); a figure not reported is absent.</summary>
public sealed class Figures : IReadOnlyDictionary<string, decimal>
{
    private readonly SortedDictionary<string, decimal> _values;

    public Figures(IEnumerable<KeyValuePair<string, decimal>> values) =>
        _values = new SortedDictionary<string, decimal>(values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    public static Figures Empty { get; } = new([]);

    public int Count => _values.Count;

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<decimal> Values => _values.Values;

    public decimal this[string key] => _values[key];

    public decimal? Get(string code) => _values.TryGetValue(code, out var v) ? v : null;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, out decimal value) => _values.TryGetValue(key, out value);

    /// <summary>These figures with <paramref name="changes"/> applied (a correction).</summary>
    public Figures With(IReadOnlyDictionary<string, decimal> changes) => new(_values.Where(v => !changes.ContainsKey(v.Key)).Concat(changes));

    /// <summary>Whether the figures of <paramref name="codes"/> are the same here and in <paramref name="other"/>.</summary>
    public bool SameAs(Figures other, IEnumerable<string> codes) => codes.All(c => Get(c) == other.Get(c));

    public IEnumerator<KeyValuePair<string, decimal>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
