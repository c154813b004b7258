using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Contracts.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SupervisionContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ProjectName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LandUse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Industry = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupplyMode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PolicyPackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PolicyPackVersion = table.Column<int>(type: "integer", nullable: false),
                    TransactionPrice = table.Column<decimal>(type: "numeric", nullable: false),
                    TransactionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ConfirmationNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TermYears = table.Column<int>(type: "integer", nullable: false),
                    LeaseYears = table.Column<int>(type: "integer", nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "numeric", nullable: false),
                    FloorAreaM2 = table.Column<decimal>(type: "numeric", nullable: false),
                    SelfHeldSharePercent = table.Column<decimal>(type: "numeric", nullable: true),
                    StartWithinMonths = table.Column<int>(type: "integer", nullable: false),
                    CompleteWithinMonths = table.Column<int>(type: "integer", nullable: false),
                    AssessmentWithinMonths = table.Column<int>(type: "integer", nullable: false),
                    Indicators = table.Column<string>(type: "text", nullable: false),
                    DepositAmount = table.Column<decimal>(type: "numeric", nullable: false),
                    DepositStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DraftedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DepositPaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedStartBy = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedCompletionBy = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProductionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentAppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FailedAssessments = table.Column<int>(type: "integer", nullable: false),
                    FinalFailure = table.Column<bool>(type: "boolean", nullable: false),
                    LeaseEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Renewals = table.Column<int>(type: "integer", nullable: false),
                    GrantNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GrantPrice = table.Column<decimal>(type: "numeric", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminationCause = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    GovernmentDelayEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SubdividedFloorAreaM2 = table.Column<decimal>(type: "numeric", nullable: false),
                    FirstTransferOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProgressReports = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    MissingReports = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    StartMissedReported = table.Column<bool>(type: "boolean", nullable: false),
                    StartPenaltyDaysReported = table.Column<int>(type: "integer", nullable: false),
                    CompletionMissedReported = table.Column<bool>(type: "boolean", nullable: false),
                    CompletionPenaltyDaysReported = table.Column<int>(type: "integer", nullable: false),
                    IdleYearsReported = table.Column<int>(type: "integer", nullable: false),
                    ReportsCheckedThrough = table.Column<DateOnly>(type: "date", nullable: true),
                    NextCheckOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "qualifications",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PolicyPackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnterpriseName = table.Column<string>(type: "text", nullable: true),
                    StandardId = table.Column<Guid>(type: "uuid", nullable: true),
                    StandardVersion = table.Column<int>(type: "integer", nullable: true),
                    LandUse = table.Column<string>(type: "text", nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "numeric", nullable: true),
                    Industry = table.Column<string>(type: "text", nullable: true),
                    SectorCode = table.Column<string>(type: "text", nullable: true),
                    ProjectName = table.Column<string>(type: "text", nullable: true),
                    SupplyMode = table.Column<string>(type: "text", nullable: true),
                    TermYears = table.Column<int>(type: "integer", nullable: true),
                    SelfHeldSharePercent = table.Column<decimal>(type: "numeric", nullable: true),
                    PlannedFloorAreaM2 = table.Column<decimal>(type: "numeric", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Indicators = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qualifications", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "reserve_prices",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyPackId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric", nullable: false),
                    UnitBasis = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SetAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_prices", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "supplies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    ParcelCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SupplyMode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TransactionPrice = table.Column<decimal>(type: "numeric", nullable: false),
                    TransactionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ConfirmationNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TermYears = table.Column<int>(type: "integer", nullable: false),
                    LeaseYears = table.Column<int>(type: "integer", nullable: true),
                    AdministrativeArea = table.Column<string>(type: "text", nullable: true),
                    ElectronicSupervisionNumber = table.Column<string>(type: "text", nullable: true),
                    Location = table.Column<string>(type: "text", nullable: true),
                    LandSource = table.Column<string>(type: "text", nullable: true),
                    LandGrade = table.Column<int>(type: "integer", nullable: true),
                    FloorAreaRatioLower = table.Column<decimal>(type: "numeric", nullable: true),
                    FloorAreaRatioUpper = table.Column<decimal>(type: "numeric", nullable: true),
                    AgreedDeliveryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovingAuthority = table.Column<string>(type: "text", nullable: true),
                    Instalments = table.Column<string>(type: "text", nullable: false),
                    RecordedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supplies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contract_steps",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_steps", x => new { x.ContractId, x.Number });
                    table.ForeignKey(
                        name: "FK_contract_steps_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contracts_NextCheckOn",
                table: "contracts",
                column: "NextCheckOn");

            migrationBuilder.CreateIndex(
                name: "IX_contracts_SupplyId",
                table: "contracts",
                column: "SupplyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contracts_Uscc",
                table: "contracts",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_supplies_ApplicationId",
                table: "supplies",
                column: "ApplicationId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contract_steps");

            migrationBuilder.DropTable(
                name: "qualifications");

            migrationBuilder.DropTable(
                name: "reserve_prices");

            migrationBuilder.DropTable(
                name: "supplies");

            migrationBuilder.DropTable(
                name: "contracts");
        }
    }
}
