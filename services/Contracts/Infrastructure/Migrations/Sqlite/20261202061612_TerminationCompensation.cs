using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Contracts.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TerminationCompensation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Compensation",
                table: "contracts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompensationReference",
                table: "contracts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Compensation",
                table: "contracts");

            migrationBuilder.DropColumn(
                name: "CompensationReference",
                table: "contracts");
        }
    }
}
