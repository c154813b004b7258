using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Persistence.Tests.Support.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddArea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Area",
                table: "parcels",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Area",
                table: "parcels");
        }
    }
}
