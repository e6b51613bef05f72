using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClaimTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClaimTotals",
                columns: table => new
                {
                    Block = table.Column<int>(type: "INTEGER", nullable: false),
                    Shard = table.Column<int>(type: "INTEGER", nullable: false),
                    Claims = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimTotals", x => new { x.Block, x.Shard });
                });

            // The claims already stored, per block of 256 article ids (ClaimTotal.ArticlesPerBlock), which every write keeps from now on.
            migrationBuilder.Sql("INSERT INTO \"ClaimTotals\" (\"Block\", \"Shard\", \"Claims\") SELECT \"Id\" / 256, 0, SUM(\"ClaimCount\") FROM \"Articles\" GROUP BY \"Id\" / 256;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimTotals");
        }
    }
}
