using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Monitoring.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReportRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "indicator_reports",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "indicator_reports");
        }
    }
}
