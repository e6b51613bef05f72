using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClaimEffectiveDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Comparison",
                table: "Claims");

            migrationBuilder.AddColumn<int>(
                name: "EffectiveDay",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The day of every claim already stored (before the index, which then is built once); from here on every save
            // keeps it (CellChanges, and the import for the rows it writes itself).
            migrationBuilder.Sql(ClaimTracker.Store.Claims.EffectiveDay.BackfillSql(postgres: false));

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Comparison",
                table: "Claims",
                columns: new[] { "Subject", "Metric", "Status", "SourceId", "Value", "Low", "High", "Qualifier", "Review", "EffectiveDay", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Comparison",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "EffectiveDay",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Comparison",
                table: "Claims",
                columns: new[] { "Subject", "Metric", "Status", "SourceId", "Value", "Low", "High", "Qualifier", "Review", "AsOf", "ArticleId" });
        }
    }
}
