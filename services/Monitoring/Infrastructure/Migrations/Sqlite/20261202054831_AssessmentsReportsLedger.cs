using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Monitoring.Infrastructure.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PreviousAssessmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Standard = table.Column<string>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    MakeUp = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", nullable: true),
                    RectificationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Final = table.Column<bool>(type: "INTEGER", nullable: false),
                    RectificationExpiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Steps = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PolicyPackId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AdministrativeArea = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LandPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentWindowOpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentWindowClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminationCause = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contracts", x => x.ContractId);
                });

            migrationBuilder.CreateTable(
                name: "indicator_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Confirmations = table.Column<string>(type: "TEXT", nullable: false),
                    Versions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "land_supplies",
                columns: table => new
                {
                    SupplyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupplyMode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PolicyPackId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AdministrativeArea = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LandUse = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    TransactionPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TransactionDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_land_supplies", x => x.SupplyId);
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PolicyPackId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "TEXT", nullable: true),
                    LandPrice = table.Column<decimal>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    YearsIdle = table.Column<int>(type: "INTEGER", nullable: true),
                    IdleConsequence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    History = table.Column<string>(type: "TEXT", nullable: false)
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
