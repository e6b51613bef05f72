using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstReports = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReports = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonCellDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComparisonFigureSpans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Figure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Lowest = table.Column<double>(type: "REAL", nullable: true),
                    Highest = table.Column<double>(type: "REAL", nullable: true),
                    FirstDay = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDay = table.Column<int>(type: "INTEGER", nullable: false)
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

            // No rebuild: SQLite keeps these tables empty (DatedCells.IsKept), its date filters group the claims.
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
