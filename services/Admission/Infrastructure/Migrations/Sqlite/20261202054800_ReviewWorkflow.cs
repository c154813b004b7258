using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Admission.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalOpinion",
                table: "applications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ApprovedAt",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Content",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decisions",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<bool>(
                name: "Delisted",
                table: "applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Evaluation",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "History",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "Opinions",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "ParcelCode",
                table: "applications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Proposal",
                table: "applications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "StandardId",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StandardRowId",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StandardVersion",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspendedFrom",
                table: "applications",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "applications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "applications",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "parcel_standards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StandardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PackId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PackVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false),
                    Check = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DraftedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ApprovalOpinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SupersededAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
        }
    }
}
