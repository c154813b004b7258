using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Contracts.Infrastructure.Migrations.PostgreSql
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LandContractNumber",
                table: "contracts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LandContractSignedOn",
                table: "contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LatePaymentAccrued",
                table: "contracts",
                type: "numeric",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LatePaymentAccruedThrough",
                table: "contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payments",
                table: "contracts",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegisteredOn",
                table: "contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TermRenewalAppliedOn",
                table: "contracts",
                type: "date",
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
