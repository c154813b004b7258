using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Monitoring.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AssessmentsReportsLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "text", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Clause = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PreviousAssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Standard = table.Column<string>(type: "text", nullable: false),
                    Result = table.Column<string>(type: "text", nullable: true),
                    MakeUp = table.Column<string>(type: "text", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "text", nullable: true),
                    RectificationDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Final = table.Column<bool>(type: "boolean", nullable: false),
                    RectificationExpiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Steps = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PolicyPackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AdministrativeArea = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LandPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentWindowOpensOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentWindowClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminationCause = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contracts", x => x.ContractId);
                });

            migrationBuilder.CreateTable(
                name: "indicator_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: true),
                    PeriodKey = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Confirmations = table.Column<string>(type: "text", nullable: false),
                    Versions = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "land_supplies",
                columns: table => new
                {
                    SupplyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SupplyMode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PolicyPackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AdministrativeArea = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LandUse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TransactionPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TransactionDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_supplies", x => x.SupplyId);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    PolicyPackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "numeric", nullable: true),
                    LandPrice = table.Column<decimal>(type: "numeric", nullable: true),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    YearsIdle = table.Column<int>(type: "integer", nullable: true),
                    IdleConsequence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Plan = table.Column<string>(type: "text", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    History = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.ParcelCode);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_checks_ContractId_Year",
                table: "annual_checks",
                columns: new[] { "ContractId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_ContractId",
                table: "assessments",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_RectificationDeadline",
                table: "assessments",
                column: "RectificationDeadline");

            migrationBuilder.CreateIndex(
                name: "IX_contracts_ApplicationId",
                table: "contracts",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_contracts_ParcelCode",
                table: "contracts",
                column: "ParcelCode");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_reports_ContractId_PeriodKey",
                table: "indicator_reports",
                columns: new[] { "ContractId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_land_supplies_ApplicationId",
                table: "land_supplies",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_land_supplies_ParcelCode",
                table: "land_supplies",
                column: "ParcelCode");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Category",
                table: "ledger_entries",
                column: "Category");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_checks");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "contracts");

            migrationBuilder.DropTable(
                name: "indicator_reports");

            migrationBuilder.DropTable(
                name: "land_supplies");

            migrationBuilder.DropTable(
                name: "ledger_entries");
        }
    }
}
