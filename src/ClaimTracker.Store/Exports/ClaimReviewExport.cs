using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Comparison;
using ClaimTracker.Store.Data;
using ClaimTracker.Store.Sources;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Exports;

/// <summary>
/// Every claim the comparison shows for a filter as a schema.org ClaimReview record (<see cref="ClaimReviewRecord"/>),
/// read one row at a time from one query, so a caller can write each record as it comes (constant memory).
/// </summary>
public sealed class ClaimReviewExport(IDbContextFactory<ClaimTrackerDb> dbFactory)
{
    // Quoted identifiers: the same SQL runs on SQLite and PostgreSQL.
    private const string Columns = """
        c."Id", c."Quote", c."Review", c."UpdatedAt", c."Value", c."Low", c."High", c."Qualifier", c."Subject", c."Metric",
        c."Status", c."AsOf", c."SourceMention", a."Id", a."Title", a."Url", a."PublishedAt", a."Outlet", a."Author",
        a."IngestedAt", s."Name", s."FullName"
        """;

    public async IAsyncEnumerable<JsonObject> RecordsAsync(ComparisonFilter filter, Uri appRoot, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(appRoot);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var where = ComparisonSql.Where(filter, command);
        command.CommandText = $"""SELECT {Columns} {ComparisonSql.From} {where} ORDER BY c."Id" """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var article = new Article
            {
                Id = reader.GetInt32(13),
                Title = reader.GetString(14),
                Url = reader.IsDBNull(15) ? null : reader.GetString(15),
                PublishedAt = ComparisonSql.ReadDate(reader, 16),
                Outlet = reader.IsDBNull(17) ? null : reader.GetString(17),
                Author = reader.IsDBNull(18) ? null : reader.GetString(18),
                IngestedAt = reader.GetFieldValue<DateTime>(19),
                Original = "",
                Text = "",
                ContentHash = "",
            };
            var claim = new Claim
            {
                Id = reader.GetInt32(0),
                ArticleId = article.Id,
                Quote = reader.GetString(1),
                Review = Enum.Parse<ReviewState>(reader.GetString(2)),
                UpdatedAt = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTime>(3),
                Value = ComparisonSql.ReadDouble(reader, 4),
                Low = ComparisonSql.ReadDouble(reader, 5),
                High = ComparisonSql.ReadDouble(reader, 6),
                Qualifier = Enum.Parse<Qualifier>(reader.GetString(7)),
                Subject = reader.GetString(8),
                Metric = Enum.Parse<Metric>(reader.GetString(9)),
                Status = Enum.Parse<ClaimStatus>(reader.GetString(10)),
                AsOf = ComparisonSql.ReadDate(reader, 11),
                SourceMention = reader.IsDBNull(12) ? null : reader.GetString(12),
                MentionText = "",
                Source = reader.IsDBNull(20) ? null : new Source { Name = reader.GetString(20), FullName = reader.GetString(21) },
            };
            yield return ClaimReviewRecord.Build(claim, article, appRoot);
        }
    }
}
