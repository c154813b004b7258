using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Contracts.Infrastructure.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LandUse = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplyMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PolicyPackId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PolicyPackVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionPrice = table.Column<decimal>(type: "TEXT", nullable: false),
                    TransactionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConfirmationNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseYears = table.Column<int>(type: "INTEGER", nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "TEXT", nullable: false),
                    FloorAreaM2 = table.Column<decimal>(type: "TEXT", nullable: false),
                    SelfHeldSharePercent = table.Column<decimal>(type: "TEXT", nullable: true),
                    StartWithinMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    CompleteWithinMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentWithinMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", nullable: false),
                    DepositAmount = table.Column<decimal>(type: "TEXT", nullable: false),
                    DepositStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DraftedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DepositPaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedStartBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedCompletionBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProductionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentAppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FailedAssessments = table.Column<int>(type: "INTEGER", nullable: false),
                    FinalFailure = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeaseEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Renewals = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantNoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GrantPrice = table.Column<decimal>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminationCause = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GovernmentDelayEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubdividedFloorAreaM2 = table.Column<decimal>(type: "TEXT", nullable: false),
                    FirstTransferOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProgressReports = table.Column<string>(type: "TEXT", nullable: false),
                    MissingReports = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    StartMissedReported = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartPenaltyDaysReported = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletionMissedReported = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletionPenaltyDaysReported = table.Column<int>(type: "INTEGER", nullable: false),
                    IdleYearsReported = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportsCheckedThrough = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextCheckOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "qualifications",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PolicyPackId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", nullable: true),
                    StandardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StandardVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    LandUse = table.Column<string>(type: "TEXT", nullable: true),
                    LandAreaM2 = table.Column<decimal>(type: "TEXT", nullable: true),
                    Industry = table.Column<string>(type: "TEXT", nullable: true),
                    SectorCode = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectName = table.Column<string>(type: "TEXT", nullable: true),
                    SupplyMode = table.Column<string>(type: "TEXT", nullable: true),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: true),
                    SelfHeldSharePercent = table.Column<decimal>(type: "TEXT", nullable: true),
                    PlannedFloorAreaM2 = table.Column<decimal>(type: "TEXT", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Indicators = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qualifications", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "reserve_prices",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyPackId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", nullable: false),
                    UnitBasis = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SetAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reserve_prices", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "supplies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupplyMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TransactionPrice = table.Column<decimal>(type: "TEXT", nullable: false),
                    TransactionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConfirmationNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseYears = table.Column<int>(type: "INTEGER", nullable: true),
                    AdministrativeArea = table.Column<string>(type: "TEXT", nullable: true),
                    ElectronicSupervisionNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Location = table.Column<string>(type: "TEXT", nullable: true),
                    LandSource = table.Column<string>(type: "TEXT", nullable: true),
                    LandGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    FloorAreaRatioLower = table.Column<decimal>(type: "TEXT", nullable: true),
                    FloorAreaRatioUpper = table.Column<decimal>(type: "TEXT", nullable: true),
                    AgreedDeliveryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovingAuthority = table.Column<string>(type: "TEXT", nullable: true),
                    Instalments = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supplies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contract_steps",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
