using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClaimTracker.Store.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "citext", maxLength: 200, nullable: false),
                    Metric = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: true),
                    ClaimCount = table.Column<int>(type: "integer", nullable: false),
                    FigureCount = table.Column<int>(type: "integer", nullable: false),
                    EchoCount = table.Column<int>(type: "integer", nullable: false),
                    Lowest = table.Column<double>(type: "double precision", nullable: true),
                    Highest = table.Column<double>(type: "double precision", nullable: true),
                    LatestDay = table.Column<int>(type: "integer", nullable: false),
                    HeadlineClaimId = table.Column<int>(type: "integer", nullable: false)
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
            migrationBuilder.Sql(ClaimTracker.Store.Comparison.ComparisonCells.RebuildSql(postgres: true,
                dayOf: "coalesce(CAST(to_char(coalesce(c.\"AsOf\", (SELECT \"PublishedAt\" FROM \"Articles\" WHERE \"Id\" = c.\"ArticleId\")), 'YYYYMMDD') AS bigint), 0)"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComparisonCells");
        }
    }
}
