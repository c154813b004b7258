namespace LandPlatform.AppHost.PostgreSql;

/// <summary>
/// Debian's server binaries (package <c>postgresql</c>): <c>/usr/lib/postgresql/{major}/bin</c>, the newest major
/// installed, so the switch works on Debian 12 (15) and later releases alike.
/// </summary>
public static class PostgresBinaries
{
    private const string Root = "/usr/lib/postgresql";

    /// <summary>The folder holding <c>initdb</c>, <c>postgres</c>, <c>pg_isready</c> and <c>psql</c>; null when none is installed.</summary>
    public static string? Find() => Directory.Exists(Root)
        ? Directory.GetDirectories(Root)
            .Select(major => Path.Combine(major, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault()
        : null;
}
