using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClaimTracker.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DatedCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComparisonCellDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "citext", maxLength: 200, nullable: false),
                    Metric = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceKey = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    ClaimCount = table.Column<int>(type: "integer", nullable: false),
                    LatestClaimId = table.Column<int>(type: "integer", nullable: false),
                    FirstReports = table.Column<int>(type: "integer", nullable: false),
                    LastReports = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonCellDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComparisonFigureSpans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "citext", maxLength: 200, nullable: false),
                    Metric = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceKey = table.Column<int>(type: "integer", nullable: false),
                    Figure = table.Column<string>(type: "text", maxLength: 200, nullable: false),
                    Lowest = table.Column<double>(type: "double precision", nullable: true),
                    Highest = table.Column<double>(type: "double precision", nullable: true),
                    FirstDay = table.Column<int>(type: "integer", nullable: false),
                    LastDay = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonFigureSpans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonCellDays_Subject_Metric_Status_SourceKey_Day",
                table: "ComparisonCellDays",
                columns: new[] { "Subject", "Metric", "Status", "SourceKey", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonFigureSpans_Subject_Metric_Status_SourceKey_Figure",
                table: "ComparisonFigureSpans",
                columns: new[] { "Subject", "Metric", "Status", "SourceKey", "Figure" },
                unique: true);

            // The stored days and spans of the claims already in the store.
            migrationBuilder.Sql(ClaimTracker.Store.Comparison.DatedCells.RebuildSql(postgres: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComparisonCellDays");

            migrationBuilder.DropTable(
                name: "ComparisonFigureSpans");
        }
    }
}
