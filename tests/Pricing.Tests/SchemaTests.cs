using LandPlatform.Pricing.Infrastructure;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Pricing.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void TheModelMatchesTheRecordedSchemaForItsVersion()
    {
        using var db = new PricingDbContext(new DbContextOptionsBuilder<PricingDbContext>().UseSqlite("Data Source=:memory:").Options);

        SchemaSnapshot.AssertMatches(db, SchemaSnapshot.SourceFolder(), "pricing");
    }
}
