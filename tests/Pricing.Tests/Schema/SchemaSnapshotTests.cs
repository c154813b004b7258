using System.Runtime.CompilerServices;
using LandPlatform.Persistence;
using LandPlatform.Pricing.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Pricing.Tests.Schema;

/// <summary>
/// The Pricing database schema is pinned: a model change without a new [SchemaVersion] and a new snapshot
/// would make every deployed database refuse to start (SchemaInitializer compares the model hash). To accept
/// a deliberate change: bump the version, then run this test with LP_UPDATE_SCHEMA=1 to write the snapshot.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void The_model_matches_the_checked_in_schema_snapshot()
    {
        var version = SchemaScript.DeclaredVersion(typeof(PricingDbContext));
        var fileName = $"pricing.v{version}.sql";
        using var db = new PricingDbContext(new DbContextOptionsBuilder<PricingDbContext>().UseSqlite("Data Source=:memory:").Options);
        var script = SchemaScript.Generate(db);

        if (Environment.GetEnvironmentVariable("LP_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), fileName), script);
        }

        var snapshot = Path.Combine(AppContext.BaseDirectory, "Schema", fileName);
        Assert.True(File.Exists(snapshot), $"no snapshot {fileName} for [SchemaVersion({version})]; run with LP_UPDATE_SCHEMA=1 after bumping the version");
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings("\n"), script);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
