using LandPlatform.Credit.Infrastructure;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void TheModelMatchesTheRecordedSchemaForItsVersion()
    {
        using var db = new CreditDbContext(new DbContextOptionsBuilder<CreditDbContext>().UseSqlite("Data Source=:memory:").Options);

        SchemaSnapshot.AssertMatches(db, SchemaSnapshot.SourceFolder(), "credit");
    }
}
