using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Monitoring.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ContractClosedByExitOrConversion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ConvertedToGrantOn",
                table: "contracts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExitedOn",
                table: "contracts",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConvertedToGrantOn",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "ExitedOn",
                table: "contracts");
        }
    }
}
