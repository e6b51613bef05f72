using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ComparisonIndexCoversId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Comparison",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Comparison",
                table: "Claims",
                columns: new[] { "Subject", "Metric", "Status", "SourceId", "Value", "Low", "High", "Qualifier", "Review", "EffectiveDay", "ArticleId" })
                .Annotation("Npgsql:IndexInclude", new[] { "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Comparison",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Comparison",
                table: "Claims",
                columns: new[] { "Subject", "Metric", "Status", "SourceId", "Value", "Low", "High", "Qualifier", "Review", "EffectiveDay", "ArticleId" });
        }
    }
}
