using System.Globalization;

namespace LandPlatform.AppHost.Hosting.Processes;

/// <summary>Reads /proc: the only way to find a process that has left our process tree.</summary>
public static class ProcessTable
{
    /// <summary>
    /// Processes whose environment holds <paramref name="key"/>=<paramref name="value"/>. The
    /// environment, not the command line: beam.smp's arguments do not carry RabbitMQ's node name,
    /// but it inherits RABBITMQ_NODENAME from the script that started it.
    /// </summary>
    public static IReadOnlyList<int> FindByEnvironment(string key, string value) =>
        Find("environ", $"{key}={value}", exact: true);

    public static IReadOnlyList<int> FindByCommandLine(string fragment) => Find("cmdline", fragment, exact: false);

    private static List<int> Find(string file, string fragment, bool exact)
    {
        var self = Environment.ProcessId;
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self)
            {
                continue;
            }

            try
            {
                // Both files separate their entries with NUL.
                var entries = File.ReadAllText(Path.Combine(directory, file)).Split('\0');
                var matches = exact
                    ? entries.Contains(fragment, StringComparer.Ordinal)
                    : string.Join(' ', entries).Contains(fragment, StringComparison.Ordinal);
                if (matches && !IsZombie(pid))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // exited while we looked
            }
            catch (UnauthorizedAccessException)
            {
                // not ours to read
            }
        }

        return found;
    }

    public static bool IsZombie(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The state follows the parenthesised command name, which may itself contain spaces.
            var afterName = stat[(stat.LastIndexOf(')') + 1)..].TrimStart();
            return afterName.Length > 0 && afterName[0] is 'Z' or 'X';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Resident memory (VmRSS) in KiB, or null when the process is gone.</summary>
    public static long? ResidentKilobytes(int processId)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
