namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Passes children's output through with a "name | " prefix, one color per resource on a
/// terminal. One lock so lines from concurrent children never interleave mid-line.
/// </summary>
public sealed class ConsoleOutput(TextWriter writer, bool useColor, int prefixWidth)
{
    private static readonly string[] Palette = ["\e[36m", "\e[32m", "\e[33m", "\e[35m", "\e[34m", "\e[96m", "\e[92m", "\e[93m"];
    private const string Reset = "\e[0m";
    private const string Red = "\e[31m";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _colors = [];

    public static ConsoleOutput ForConsole(int prefixWidth) => new(Console.Out, !Console.IsOutputRedirected, prefixWidth);

    public void WriteLine(string resource, string line, bool isError)
    {
        lock (_gate)
        {
            var prefix = resource.PadRight(prefixWidth);
            if (!useColor)
            {
                writer.WriteLine($"{prefix} | {line}");
                return;
            }

            if (!_colors.TryGetValue(resource, out var color))
            {
                color = Palette[_colors.Count % Palette.Length];
                _colors[resource] = color;
            }

            writer.WriteLine(isError ? $"{color}{prefix}{Reset} {Red}|{Reset} {line}" : $"{color}{prefix} |{Reset} {line}");
        }
    }

    public void WriteBlock(string text)
    {
        lock (_gate)
        {
            writer.Write(text);
            writer.Flush();
        }
    }
}
