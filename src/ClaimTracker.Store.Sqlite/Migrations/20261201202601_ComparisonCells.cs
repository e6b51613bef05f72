using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComparisonCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComparisonCells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FigureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EchoCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Lowest = table.Column<double>(type: "REAL", nullable: true),
                    Highest = table.Column<double>(type: "REAL", nullable: true),
                    LatestDay = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadlineClaimId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComparisonCells", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComparisonCells_Subject_Metric_Status_SourceId",
                table: "ComparisonCells",
                columns: new[] { "Subject", "Metric", "Status", "SourceId" });

            // The cells of the claims already stored; from here on every save keeps them (ComparisonCells.RefreshAsync).
            // A claim's day as it was computed when this migration was written: the stored Claims.EffectiveDay comes later
            // (migration ClaimEffectiveDay).
            migrationBuilder.Sql(ClaimTracker.Store.Comparison.ComparisonCells.RebuildSql(postgres: false,
                dayOf: "CAST(replace(coalesce(coalesce(c.\"AsOf\", (SELECT \"PublishedAt\" FROM \"Articles\" WHERE \"Id\" = c.\"ArticleId\")), '0'), '-', '') AS INTEGER)"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComparisonCells");
        }
    }
}
