using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LandPlatform.Monitoring.Infrastructure.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ProducedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false)
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
