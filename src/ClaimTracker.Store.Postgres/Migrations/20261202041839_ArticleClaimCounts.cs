using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ArticleClaimCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClaimCount",
                table: "Articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The claims already stored: each article's count, which every save keeps from now on.
            migrationBuilder.Sql("UPDATE \"Articles\" SET \"ClaimCount\" = (SELECT COUNT(*) FROM \"Claims\" WHERE \"Claims\".\"ArticleId\" = \"Articles\".\"Id\");");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Id_ClaimCount",
                table: "Articles",
                columns: new[] { "Id", "ClaimCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Id_ClaimCount",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ClaimCount",
                table: "Articles");
        }
    }
}
