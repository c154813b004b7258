using System.Security.Cryptography;
using System.Security.Claims;
using System.Text;

namespace LandPlatform.Auditing.Tests;

public sealed class CanonicalFormTests
{
    [Fact]
    public void The_hash_is_SHA256_of_the_documented_length_prefixed_form()
    {
        var record = AuditRecord.Draft(
            new AuditActor("u1", "张三", "planning", "clerk"),
            new AuditEntry("POST /listings", "listing", "42", After: "{\"a\":1}"),
            traceId: null,
            source: "http");
        record.Sequence = 7;
        record.RecordedAt = new DateTime(2025, 3, 1, 8, 30, 0, DateTimeKind.Utc).AddTicks(1230);
        record.PreviousHash = AuditHash.Genesis;

        // Written out by hand from README.md, so a change to the form cannot pass unnoticed.
        var canonical =
            "landplatform-audit-v1\n" +
            "sequence=1:7\n" +
            "recordedAt=27:2025-03-01T08:30:00.000123Z\n" +
            "personId=2:u1\n" +
            "actorName=6:张三\n" +
            "bureau=8:planning\n" +
            "role=5:clerk\n" +
            "uscc=-\n" +
            "callingService=-\n" +
            "operation=14:POST /listings\n" +
            "resourceType=7:listing\n" +
            "resourceId=2:42\n" +
            "beforeSummary=-\n" +
            "afterSummary=7:{\"a\":1}\n" +
            "traceId=-\n" +
            "outcome=9:succeeded\n" +
            "source=4:http\n" +
            $"previousHash=64:{AuditHash.Genesis}\n";

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), AuditHash.Compute(record));
    }

    [Fact]
    public void Times_are_cut_to_microseconds_so_every_database_keeps_them_exactly()
    {
        var t = new DateTimeOffset(2025, 3, 1, 8, 30, 0, TimeSpan.FromHours(8)).AddTicks(1239);

        var cut = AuditHash.Truncate(t);

        Assert.Equal((DateTimeKind.Utc, 1230L), (cut.Kind, cut.Ticks % TimeSpan.TicksPerSecond));
        Assert.Equal(0, cut.Hour);
    }

    [Fact]
    public void An_anonymous_user_is_the_anonymous_actor()
    {
        Assert.Equal(AuditActor.Anonymous, AuditActor.From(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Equal("anonymous", AuditActor.From(null).PersonId);
    }

    [Fact]
    public void Mapped_claim_types_are_read_like_the_platforms_own()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "u9"), new Claim(ClaimTypes.Name, "李四"),
                new Claim("bureau", "credit"), new Claim(ClaimTypes.Role, "reviewer"), new Claim(ClaimTypes.Role, "clerk"),
            ],
            "jwt");

        Assert.Equal(new AuditActor("u9", "李四", "credit", "clerk,reviewer"), AuditActor.From(new ClaimsPrincipal(identity)));
    }

    [Theory]
    [InlineData(200, "succeeded")]
    [InlineData(201, "succeeded")]
    [InlineData(400, "rejected:400")]
    [InlineData(401, "denied:401")]
    [InlineData(403, "denied:403")]
    [InlineData(409, "rejected:409")]
    [InlineData(500, "failed:500")]
    public void Status_codes_map_to_outcomes(int status, string outcome) =>
        Assert.Equal(outcome, AuditOutcome.FromStatus(status));
}
