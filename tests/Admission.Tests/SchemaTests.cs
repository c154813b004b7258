using LandPlatform.Admission.Infrastructure;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void TheModelMatchesTheRecordedSchemaForItsVersion()
    {
        using var db = new AdmissionDbContext(new DbContextOptionsBuilder<AdmissionDbContext>().UseSqlite("Data Source=:memory:").Options);

        SchemaSnapshot.AssertMatches(db, SchemaSnapshot.SourceFolder(), "admission");
    }
}
