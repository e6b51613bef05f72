namespace ClaimTracker.Store.Claims;

/// <summary>
/// The date a figure describes (its as-of date, else its article's published date) as the integer yyyyMMdd, 0 when it
/// has neither. Stored on each claim (<see cref="Claim.EffectiveDay"/>) so a date filter compares one indexed integer
/// instead of looking each claim's article up, and the headline key (day × 10^10 + id) is integer arithmetic.
/// </summary>
public static class EffectiveDay
{
    public static int Of(DateOnly? asOf, DateOnly? publishedAt) => (asOf ?? publishedAt) is { } date ? Of(date) : 0;

    public static int Of(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>
    /// Every claim's day from its as-of date and its article, in SQL: what the migration that adds the column runs, and
    /// what the tests compare the kept values against.
    /// </summary>
    public static string BackfillSql(bool postgres) => postgres
        ? """
          UPDATE "Claims" AS c SET "EffectiveDay" = coalesce(CAST(to_char(coalesce(c."AsOf", a."PublishedAt"), 'YYYYMMDD') AS integer), 0)
          FROM "Articles" AS a WHERE a."Id" = c."ArticleId";
          """
        : """
          UPDATE "Claims" SET "EffectiveDay" = CAST(replace(coalesce("AsOf", (SELECT a."PublishedAt" FROM "Articles" AS a WHERE a."Id" = "Claims"."ArticleId"), '0'), '-', '') AS INTEGER);
          """;
}
