using ClaimTracker.Store.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Store.Postgres.Migrations
{
    /// <summary>
    /// PostgreSQL only: the comparison's subject filter is a contains-search (LIKE '%…%'), which no B-tree can answer.
    /// A trigram GIN index on lower(subject) can; the filter is written as lower("Subject"::text) LIKE lower(@p) on
    /// PostgreSQL so the planner matches this expression (citext's own LIKE operator would not use a text opclass).
    /// The model does not change, so this migration has no target model of its own.
    /// </summary>
    [DbContext(typeof(ClaimTrackerDb))]
    [Migration("20261201190000_SubjectTrigramIndex")]
    public partial class SubjectTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it without superuser.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Claims_Subject_Trigram" ON "Claims" USING gin (lower("Subject"::text) gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Claims_Subject_Trigram";""");
        }
    }
}
