using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace LandPlatform.Testing;

/// <summary>
/// The schema a service's model produces, compared with the snapshot recorded for its declared
/// [SchemaVersion]. A model change without a new version and snapshot fails here, before a database
/// at the old version meets code that expects another (the start-up check would refuse it anyway).
/// Set LP_UPDATE_SCHEMA_SNAPSHOTS=1 to rewrite a snapshot after bumping the version on purpose.
/// </summary>
public static class SchemaSnapshot
{
    public static void AssertMatches(DbContext context, string snapshotDirectory, string service)
    {
        ArgumentNullException.ThrowIfNull(context);
        var version = SchemaScript.DeclaredVersion(context.GetType());
        var path = Path.Combine(snapshotDirectory, $"{service}.v{version}.sql");
        var script = SchemaScript.Generate(context);
        if (Environment.GetEnvironmentVariable("LP_UPDATE_SCHEMA_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(snapshotDirectory);
            File.WriteAllText(path, script);
        }

        Assert.True(File.Exists(path), $"No schema snapshot for {service} v{version} at {path}: a new schema version needs its snapshot.");
        var recorded = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            recorded == script,
            $"The {service} model no longer matches schema v{version} ({path}). Bump [SchemaVersion], record the new snapshot " +
            "(LP_UPDATE_SCHEMA_SNAPSHOTS=1) and provide the upgrade.");
    }

    /// <summary>The folder of the test project's sources, where snapshots are kept under version control.</summary>
    public static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "Schema");
}
