using System.Globalization;
using System.Text;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>The one table printed once start-up settles (resource, state, URLs, PID).</summary>
public static class StatusTable
{
    public static string Render(IReadOnlyList<ResourceSnapshot> resources)
    {
        var rows = resources.Select(r => new[]
        {
            r.Name,
            r.State.ToString(),
            r.Urls.Count == 0 ? "-" : string.Join(", ", r.Urls),
            r.ProcessId?.ToString(CultureInfo.InvariantCulture) ?? "-",
        }).Prepend(["RESOURCE", "STATE", "URL(S)", "PID"]).ToList();
        var widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder().AppendLine();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }

        return text.ToString();
    }
}
