using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LandPlatform.Credit.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    person_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bureau = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uscc = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    calling_service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    operation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resource_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    before_summary = table.Column<string>(type: "text", nullable: true),
                    after_summary = table.Column<string>(type: "text", nullable: true),
                    trace_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "enterprises",
                columns: table => new
                {
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    OpenedBy_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises", x => x.Uscc);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProcessedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "listings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SourceEventKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PolicyPackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PolicyPackVersion = table.Column<int>(type: "integer", nullable: false),
                    NoticedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastDayToObject = table.Column<DateOnly>(type: "date", nullable: false),
                    ObjectionPeriodEndsAt = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<long>(type: "bigint", nullable: true),
                    PeriodEndsAt = table.Column<long>(type: "bigint", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Delisting_At = table.Column<long>(type: "bigint", nullable: true),
                    Delisting_Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Delisting_Reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Delisting_DecidedBy_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Delisting_DecidedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Document_Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Document_Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Document_Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ListingPeriod_Clause = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ListingPeriod_Years = table.Column<int>(type: "integer", nullable: false),
                    ObjectionPeriod_CalendarDays = table.Column<int>(type: "integer", nullable: false),
                    ObjectionPeriod_Clause = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Source_EventId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source_EventType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Source_Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Source_DecidedBy_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source_DecidedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    TraceState = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: true),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    ParkedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "related_subjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PersonIdNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CompanyUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    EnterpriseUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EndedBy_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedBy_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_related_subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_related_subjects_enterprises_EnterpriseUscc",
                        column: x => x.EnterpriseUscc,
                        principalTable: "enterprises",
                        principalColumn: "Uscc",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "listing_evidence",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvidenceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ListingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listing_evidence", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_listing_evidence_listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "listing_history",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ListingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    What = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    By_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    By_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listing_history", x => new { x.ListingId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_listing_history_listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "objections",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grounds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReviewReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewedAt = table.Column<long>(type: "bigint", nullable: true),
                    FiledBy_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FiledBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedBy_Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReviewedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_objections", x => x.ListingId);
                    table.ForeignKey(
                        name: "FK_objections_listings_ListingId",
                        column: x => x.ListingId,
                        principalTable: "listings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "objection_evidence",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvidenceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ObjectionListingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_objection_evidence", x => x.RowId);
                    table.ForeignKey(
                        name: "FK_objection_evidence_objections_ObjectionListingId",
                        column: x => x.ObjectionListingId,
                        principalTable: "objections",
                        principalColumn: "ListingId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_person_id",
                table: "audit_records",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_recorded_at",
                table: "audit_records",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_resource_type_resource_id",
                table: "audit_records",
                columns: new[] { "resource_type", "resource_id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_sequence",
                table: "audit_records",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_listing_evidence_ListingId",
                table: "listing_evidence",
                column: "ListingId");

            migrationBuilder.CreateIndex(
                name: "IX_listings_SourceEventKey",
                table: "listings",
                column: "SourceEventKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_listings_Status_EffectiveFrom",
                table: "listings",
                columns: new[] { "Status", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_listings_Status_ObjectionPeriodEndsAt",
                table: "listings",
                columns: new[] { "Status", "ObjectionPeriodEndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_listings_Uscc_Status",
                table: "listings",
                columns: new[] { "Uscc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_objection_evidence_ObjectionListingId",
                table: "objection_evidence",
                column: "ObjectionListingId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_ParkedAt_Id",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "ParkedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_related_subjects_CompanyUscc",
                table: "related_subjects",
                column: "CompanyUscc");

            migrationBuilder.CreateIndex(
                name: "IX_related_subjects_EnterpriseUscc",
                table: "related_subjects",
                column: "EnterpriseUscc");

            migrationBuilder.CreateIndex(
                name: "IX_related_subjects_PersonIdNumber",
                table: "related_subjects",
                column: "PersonIdNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_records");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "listing_evidence");

            migrationBuilder.DropTable(
                name: "listing_history");

            migrationBuilder.DropTable(
                name: "objection_evidence");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "related_subjects");

            migrationBuilder.DropTable(
                name: "objections");

            migrationBuilder.DropTable(
                name: "enterprises");

            migrationBuilder.DropTable(
                name: "listings");
        }
    }
}
