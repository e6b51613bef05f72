using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewedClaimsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Claims_Reviewed",
                table: "Claims",
                columns: new[] { "Subject", "Metric", "Status", "SourceId", "Value", "Low", "High", "Qualifier", "Review", "EffectiveDay", "ArticleId" },
                filter: "\"Review\" <> 'Unreviewed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Reviewed",
                table: "Claims");
        }
    }
}
