using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComparisonAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_ArticleId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Subject_Metric_Status_SourceId",
                table: "Claims");

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "Claims",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ArticleId_Start_Id",
                table: "Claims",
                columns: new[] { "ArticleId", "Start", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AsOf",
                table: "Claims",
                column: "AsOf");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Metric_Status",
                table: "Claims",
                columns: new[] { "Metric", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Comparison",
                table: "Claims",
                columns: new[] { "Subject", "Metric", "Status", "SourceId", "Value", "Low", "High", "Qualifier", "Review", "AsOf", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_ArticleId_Start_Id",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_AsOf",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Metric_Status",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Comparison",
                table: "Claims");

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "Claims",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldCollation: "NOCASE");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ArticleId",
                table: "Claims",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Subject_Metric_Status_SourceId",
                table: "Claims",
                columns: new[] { "Subject", "Metric", "Status", "SourceId" });
        }
    }
}
