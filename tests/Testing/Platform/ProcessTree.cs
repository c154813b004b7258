using System.Globalization;

namespace LandPlatform.Testing.Platform;

/// <summary>
/// Every process an AppHost runs, read from /proc: its descendants, and DCP, which starts detached (its API server
/// watches the AppHost with <c>--monitor PID</c>, its controllers share that server's kubeconfig), with what DCP
/// starts in turn (the dashboard, the broker, the services, one <c>dcp monitor-process</c> each).
/// </summary>
public static class ProcessTree
{
    public static IReadOnlySet<int> Of(int root)
    {
        var processes = Snapshot();
        var members = new HashSet<int> { root };
        var kubeconfigs = new HashSet<string>(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var (pid, (parent, args)) in processes)
            {
                if (members.Contains(pid))
                {
                    continue;
                }

                var belongs = members.Contains(parent)
                    || members.Any(m => ArgumentAfter(args, "--monitor") == m.ToString(CultureInfo.InvariantCulture))
                    || (ArgumentAfter(args, "--kubeconfig") is { } k && kubeconfigs.Contains(k));
                if (belongs)
                {
                    members.Add(pid);
                    if (ArgumentAfter(args, "--kubeconfig") is { } kubeconfig)
                    {
                        kubeconfigs.Add(kubeconfig);
                    }

                    grew = true;
                }
            }
        }
        while (grew);

        return members;
    }

    public static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].TrimStart().StartsWith('Z');

    public static string Describe(int pid)
    {
        try
        {
            return pid + " " + File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return pid + " (gone)";
        }
    }

    private static string? ArgumentAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1].Trim('"') : null;
    }

    private static Dictionary<int, (int Parent, string[] Args)> Snapshot()
    {
        var result = new Dictionary<int, (int, string[])>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var parent = int.Parse(stat.Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                result[pid] = (parent, args);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Exited while being read.
            }
        }

        return result;
    }
}
