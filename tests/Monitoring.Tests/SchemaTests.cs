using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void TheModelMatchesTheRecordedSchemaForItsVersion()
    {
        using var db = new MonitoringDbContext(new DbContextOptionsBuilder<MonitoringDbContext>().UseSqlite("Data Source=:memory:").Options);

        SchemaSnapshot.AssertMatches(db, SchemaSnapshot.SourceFolder(), "monitoring");
    }
}
