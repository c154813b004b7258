using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Admission.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReviewWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "RefusalReason",
                table: "applications",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalOpinion",
                table: "applications",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ApprovedAt",
                table: "applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Content",
                table: "applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decisions",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<bool>(
                name: "Delisted",
                table: "applications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Evaluation",
                table: "applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "History",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "Opinions",
                table: "applications",
                type: "text",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "ParcelCode",
                table: "applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proposal",
                table: "applications",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "StandardId",
                table: "applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StandardRowId",
                table: "applications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StandardVersion",
                table: "applications",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspendedFrom",
                table: "applications",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "applications",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "applications",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "parcel_standards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StandardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PackVersion = table.Column<int>(type: "integer", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    Check = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DraftedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovalOpinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parcel_standards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_ParcelCode",
                table: "applications",
                column: "ParcelCode");

            migrationBuilder.CreateIndex(
                name: "IX_applications_Status_SubmittedAt",
                table: "applications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_parcel_standards_ParcelCode",
                table: "parcel_standards",
                column: "ParcelCode");

            migrationBuilder.CreateIndex(
                name: "IX_parcel_standards_StandardId_Version",
                table: "parcel_standards",
                columns: new[] { "StandardId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "parcel_standards");

            migrationBuilder.DropIndex(
                name: "IX_applications_ParcelCode",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_Status_SubmittedAt",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ApprovalOpinion",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Decisions",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Delisted",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Evaluation",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "History",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Opinions",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ParcelCode",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Proposal",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "StandardId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "StandardRowId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "StandardVersion",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "SuspendedFrom",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "SuspensionReason",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "applications");

            migrationBuilder.AlterColumn<string>(
                name: "RefusalReason",
                table: "applications",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000,
                oldNullable: true);
        }
    }
}
