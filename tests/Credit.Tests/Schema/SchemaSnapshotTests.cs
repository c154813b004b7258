using LandPlatform.Credit.Infrastructure;
using LandPlatform.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Tests.Schema;

/// <summary>
/// The schema the model produces is pinned in credit.v1.sql. Nothing is deployed yet, so version 1 may
/// still change — but only on purpose: regenerate the file (CREDIT_SCHEMA_WRITE=1 dotnet test …) and
/// review the diff; once deployed, a change also bumps [SchemaVersion].
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void The_model_produces_the_checked_in_schema()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new CreditDbContext(new DbContextOptionsBuilder<CreditDbContext>().UseSqlite(connection).Options);
        var script = SchemaScript.Generate(db);

        var snapshot = Path.Combine(AppContext.BaseDirectory, "Schema", "credit.v1.sql");
        if (Environment.GetEnvironmentVariable("CREDIT_SCHEMA_WRITE") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "credit.v1.sql"), script);
            return;
        }

        Assert.Equal(1, SchemaScript.DeclaredVersion(typeof(CreditDbContext)));
        Assert.True(File.Exists(snapshot), "Schema/credit.v1.sql is missing: run with CREDIT_SCHEMA_WRITE=1 once and commit it.");
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings("\n"), script);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
