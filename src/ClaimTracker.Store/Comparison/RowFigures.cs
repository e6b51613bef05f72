using System.Data.Common;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// A row's figures grouped by the database, the grouping <see cref="ComparisonQuery.GroupEchoes"/> does in memory: per
/// source and figure (value, bounds, qualifier) its first claim (earliest date, then id), how many articles carry it,
/// its last date, and its newest echoes (each echoing article's first claim of it). The busiest cell of a
/// 100,000-article store holds 77,000 claims: reading them all to list a few dozen figures took most of a second.
/// </summary>
internal static class RowFigures
{
    /// <summary>One figure of one source: its bounds, its first claim and date, its newest echoes (oldest first).</summary>
    internal sealed record Group(int? SourceId, double? Value, double? Low, double? High, int FirstClaimId, DateOnly? FirstDate, DateOnly? LastDate,
        int EchoCount, IReadOnlyList<int> EchoClaimIds, long SourceClaims);

    /// <summary>
    /// Orders claims by date (undated last), then id, as <see cref="ComparisonQuery.GroupEchoes"/> does: yyyyMMdd (or
    /// <see cref="Undated"/>) × <see cref="ComparisonQuery.HeadlineKey"/> + id.
    /// </summary>
    private const string ClaimKey = "(CASE WHEN c.\"EffectiveDay\" = 0 THEN 99999999 ELSE c.\"EffectiveDay\" END) * 10000000000 + c.\"Id\"";
    private const long Undated = 99_999_999;
    private const string Figure = "SourceId, Value, Low, High, Qualifier";

    public static async Task<List<Group>> ReadAsync(DbConnection connection, ComparisonFilter rowFilter, string subject, int echoesShown,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var where = ComparisonSql.Where(rowFilter, command);
        var subjectText = ComparisonSql.Text(command, subject);
        // Per (figure, article) first: an article that repeats a figure (headline and body) echoes it once.
        command.CommandText = $"""
            WITH pa AS (
                SELECT c."SourceId" AS SourceId, c."Value" AS Value, c."Low" AS Low, c."High" AS High, c."Qualifier" AS Qualifier,
                       min({ClaimKey}) AS K, max(c."EffectiveDay") AS LastDay, count(*) AS Claims
                {ComparisonSql.FromFor(rowFilter)} {where} AND c."Subject" = {subjectText}
                GROUP BY c."SourceId", c."Value", c."Low", c."High", c."Qualifier", c."ArticleId"),
            r AS (
                SELECT SourceId, Value, Low, High, K,
                       row_number() OVER (PARTITION BY {Figure} ORDER BY K DESC) AS Newest,
                       min(K) OVER (PARTITION BY {Figure}) AS First,
                       count(*) OVER (PARTITION BY {Figure}) AS Articles,
                       max(LastDay) OVER (PARTITION BY {Figure}) AS LastDay,
                       sum(Claims) OVER (PARTITION BY SourceId) AS SourceClaims
                FROM pa)
            SELECT SourceId, K, First, Articles, LastDay, SourceClaims, Value, Low, High FROM r
            WHERE Newest <= {ComparisonSql.Parameter(command, echoesShown + 1)} OR K = First
            """;
        var rows = new List<(int? SourceId, long K, long First, long Articles, int LastDay, long SourceClaims, double? Value, double? Low, double? High)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((ComparisonSql.ReadInt(reader, 0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
                    reader.IsDBNull(4) ? 0 : reader.GetInt32(4), reader.GetInt64(5),
                    ComparisonSql.ReadDouble(reader, 6), ComparisonSql.ReadDouble(reader, 7), ComparisonSql.ReadDouble(reader, 8)));
            }
        }
        return [.. rows.GroupBy(r => r.First).Select(g =>
        {
            var first = g.First();
            var echoes = g.Where(r => r.K != r.First).OrderByDescending(r => r.K).Take(echoesShown).OrderBy(r => r.K)
                .Select(r => ClaimId(r.K)).ToList();
            var firstDay = first.First / ComparisonQuery.HeadlineKey;
            return new Group(first.SourceId, first.Value, first.Low, first.High, ClaimId(first.First),
                firstDay == Undated ? null : DateOf((int)firstDay), DateOf(first.LastDay),
                (int)first.Articles - 1, echoes, first.SourceClaims);
        })];
    }

    private static int ClaimId(long key) => (int)(key % ComparisonQuery.HeadlineKey);

    /// <summary>A stored yyyyMMdd day as a date; 0 is "no date".</summary>
    private static DateOnly? DateOf(int day) => day == 0 ? null : new DateOnly(day / 10000, day / 100 % 100, day % 100);
}
