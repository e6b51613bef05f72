using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArticlePlace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Place",
                table: "Articles");
        }
    }
}
