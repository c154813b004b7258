using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Contracts.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LandContractPaymentsRenewal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Instalments",
                table: "contracts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LandContractNumber",
                table: "contracts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LandContractSignedOn",
                table: "contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LatePaymentAccrued",
                table: "contracts",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LatePaymentAccruedThrough",
                table: "contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payments",
                table: "contracts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegisteredOn",
                table: "contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermRenewalAppliedOn",
                table: "contracts",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Instalments",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "LandContractNumber",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "LandContractSignedOn",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "LatePaymentAccrued",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "LatePaymentAccruedThrough",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "Payments",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "RegisteredOn",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "TermRenewalAppliedOn",
                table: "contracts");
        }
    }
}
