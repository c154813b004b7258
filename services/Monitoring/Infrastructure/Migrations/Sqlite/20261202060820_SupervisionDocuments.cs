using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Monitoring.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupervisionDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ProducedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_documents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_documents_Kind_Period",
                table: "supervision_documents",
                columns: new[] { "Kind", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_documents");
        }
    }
}
