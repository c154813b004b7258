namespace LandPlatform.AppHost.Hosting.Processes;

/// <summary>PATH lookup, so a missing tool is reported before start rather than as a start failure.</summary>
public static class ExecutableLookup
{
    public static string? Find(string command)
    {
        if (command.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(command) ? command : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(File.Exists);
    }

    public static bool Exists(string command) => Find(command) is not null;

    /// <summary>
    /// The dotnet host to start projects with: the one running us when we were started as
    /// <c>dotnet X.dll</c>, else the SDK's (set by dotnet test/run), else PATH.
    /// </summary>
    public static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)
            ? hostPath
            : Find("dotnet") ?? "dotnet";
    }
}
