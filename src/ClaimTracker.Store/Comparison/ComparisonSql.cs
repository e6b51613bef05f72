using System.Data.Common;
using System.Globalization;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// The comparison's filter as SQL over <c>Claims c JOIN Articles a LEFT JOIN Sources s</c>, with every value a bound
/// parameter. Shared by the grid, a cell's figures, a row's timeline and the exports, so they all show the same claims.
/// Enums are stored by name; dates are compared as the claims' stored yyyyMMdd integers (<see cref="DayOf"/>), the same on
/// both. Identifiers are quoted, since PostgreSQL folds unquoted names to lower case.
/// </summary>
public static class ComparisonSql
{
    /// <summary>The FROM clause every comparison query reads; the figure's date is <c>coalesce(c.AsOf, a.PublishedAt)</c>.</summary>
    public const string From = "FROM \"Claims\" AS c JOIN \"Articles\" AS a ON a.\"Id\" = c.\"ArticleId\" LEFT JOIN \"Sources\" AS s ON s.\"Id\" = c.\"SourceId\"";

    /// <summary>
    /// The date a figure describes (its as-of date, else its article's publication date) as yyyyMMdd, 0 for none: stored on
    /// each claim (<see cref="EffectiveDay"/>), so neither a filter nor a headline looks the article up per claim.
    /// </summary>
    public const string DayOf = "c.\"EffectiveDay\"";

    /// <summary>
    /// Only the joins the filter needs: the grid's row count reads every matching claim, and a join per claim is a
    /// lookup per claim (an unused LEFT JOIN on a key SQLite drops by itself; an inner one it cannot). Dates are read
    /// through <see cref="DayOf"/>, so the articles are not joined. Over the claims, or the stored cells (table ComparisonCells).
    /// </summary>
    public static string FromFor(ComparisonFilter filter, string table = "Claims")
    {
        ArgumentNullException.ThrowIfNull(filter);
        var from = $"FROM \"{table}\" AS c";
        if (filter.Sources.Count > 0 || filter.Credibility.Count > 0)
        {
            from += " LEFT JOIN \"Sources\" AS s ON s.\"Id\" = c.\"SourceId\"";
        }
        return from;
    }

    /// <summary>The WHERE clause (starting "WHERE") for the filter; adds its parameters to the command.</summary>
    public static string Where(ComparisonFilter filter, DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(command);
        var conditions = new List<string>();
        if (filter.Review is { } review)
        {
            conditions.Add("c.\"Review\" = " + Parameter(command, review.ToString()));
            if (ReviewedClaims.IndexTerm(review) is { } reviewed)
            {
                conditions.Add(reviewed);
            }
        }
        else
        {
            conditions.Add("c.\"Review\" <> " + Parameter(command, nameof(ReviewState.Rejected)));
        }
        conditions.AddRange(CellConditions(filter, command));
        if (filter.From is { } from)
        {
            conditions.Add(DayOf + " >= " + Parameter(command, EffectiveDay.Of(from)));
        }
        if (filter.To is { } to)
        {
            // 0 is "no date", which no date filter selects.
            conditions.Add(DayOf + " BETWEEN 1 AND " + Parameter(command, EffectiveDay.Of(to)));
        }
        return "WHERE " + string.Join(" AND ", conditions);
    }

    /// <summary>
    /// The conditions on a cell's dimensions (subject, metric, status, source and its rating), over an alias <c>c</c> with
    /// the columns Subject, Metric, Status and SourceId: the claims or the stored cells. Adds their parameters to the command.
    /// </summary>
    public static List<string> CellConditions(ComparisonFilter filter, DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(command);
        var conditions = new List<string>();
        if (filter.Metric is { } metric)
        {
            conditions.Add("c.\"Metric\" = " + Parameter(command, metric.ToString()));
        }
        if (filter.Status is { } status)
        {
            conditions.Add("c.\"Status\" = " + Parameter(command, status.ToString()));
        }
        if (filter.Subject is { Length: > ComparisonQuery.MaxSubjectFilterLength })
        {
            // No subject is that long, and SQLite refuses LIKE patterns over 50,000 characters: answer "no rows", not an error.
            conditions.Add("1 = 0");
        }
        else if (filter.Subject is { } subject)
        {
            var pattern = "%" + subject.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            // On PostgreSQL the form the trigram index on lower("Subject"::text) answers (Store.Postgres migration
            // SubjectTrigramIndex); SQLite's LIKE already ignores case and no index helps a leading '%' there.
            conditions.Add(IsPostgres(command)
                ? $"lower(c.\"Subject\"::text) LIKE lower({Parameter(command, pattern)}) ESCAPE '\\'"
                : $"c.\"Subject\" LIKE {Text(command, pattern)} ESCAPE '\\'");
        }
        if (filter.Sources.Count > 0)
        {
            var names = filter.Sources.Where(n => !n.Equals(ComparisonFilter.NoSource, StringComparison.OrdinalIgnoreCase)).ToList();
            var either = new List<string>();
            if (names.Count > 0)
            {
                // Sources.Name is NOCASE (citext): "nis" finds NIS.
                either.Add($"s.\"Name\" IN ({string.Join(", ", names.Select(n => Text(command, n)))})");
            }
            if (names.Count < filter.Sources.Count)
            {
                either.Add("c.\"SourceId\" IS NULL");
            }
            conditions.Add("(" + string.Join(" OR ", either) + ")");
        }
        if (filter.Credibility.Count > 0)
        {
            // Unattributed claims stand in the "No source" column, which is unrated.
            conditions.Add($"coalesce(s.\"Credibility\", '{nameof(Sources.Credibility.Unrated)}') IN ({string.Join(", ", filter.Credibility.Select(c => Parameter(command, c.ToString())))})");
        }
        return conditions;
    }

    /// <summary>The columns <see cref="ReadFigure"/> reads, in order (over <see cref="From"/>).</summary>
    public const string FigureColumns =
        "c.\"Id\", c.\"ArticleId\", a.\"Title\", a.\"Outlet\", a.\"PublishedAt\", c.\"Subject\", c.\"Metric\", c.\"Status\", c.\"Value\", c.\"Low\", c.\"High\", c.\"Qualifier\", c.\"AsOf\", c.\"SourceId\", c.\"Review\", c.\"Quote\", "
        + "c.\"Increment\", c.\"AsOfPrecision\", a.\"PublishedPrecision\", c.\"Suffix\"";

    /// <summary>How many columns <see cref="FigureColumns"/> has: a query's own columns after them start at this ordinal.</summary>
    public const int FigureColumnCount = 20;

    /// <summary>One claim of a reader over <see cref="FigureColumns"/>.</summary>
    public static ClaimFigure ReadFigure(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ClaimFigure
        {
            ClaimId = reader.GetInt32(0),
            ArticleId = reader.GetInt32(1),
            ArticleTitle = reader.GetString(2),
            Outlet = reader.IsDBNull(3) ? null : reader.GetString(3),
            PublishedAt = ReadDate(reader, 4),
            Subject = reader.GetString(5),
            Metric = Enum.Parse<Core.Claims.Metric>(reader.GetString(6)),
            Status = Enum.Parse<Core.Claims.ClaimStatus>(reader.GetString(7)),
            Value = ReadDouble(reader, 8),
            Low = ReadDouble(reader, 9),
            High = ReadDouble(reader, 10),
            Qualifier = Enum.Parse<Core.Claims.Qualifier>(reader.GetString(11)),
            AsOf = ReadDate(reader, 12),
            SourceId = ReadInt(reader, 13),
            Review = Enum.Parse<ReviewState>(reader.GetString(14)),
            Quote = reader.GetString(15),
            Increment = reader.IsDBNull(16) ? null : reader.GetBoolean(16),
            AsOfPrecision = reader.IsDBNull(17) ? null : Enum.Parse<Core.Claims.AsOfPrecision>(reader.GetString(17)),
            PublishedPrecision = reader.IsDBNull(18) ? null : Enum.Parse<Core.Claims.AsOfPrecision>(reader.GetString(18)),
            // "3 generals" and "11,000 troops" share a subject; the words after the figure tell them apart.
            Unit = Core.Claims.ClaimUnit.Of(reader.IsDBNull(19) ? null : reader.GetString(19)),
        };
    }

    /// <summary>Adds a parameter and returns its name.</summary>
    public static string Parameter(DbCommand command, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }

    /// <summary>
    /// Adds a text parameter compared with a case-insensitive column (subject, source name) and returns it as SQL. On
    /// PostgreSQL a text parameter would turn <c>citext = text</c> into a case-sensitive text comparison; cast to citext, it
    /// compares as the column does and uses its index. SQLite's columns are NOCASE, which applies to the parameter already.
    /// </summary>
    public static string Text(DbCommand command, string value)
    {
        var name = Parameter(command, value);
        return IsPostgres(command) ? $"CAST({name} AS citext)" : name;
    }

    /// <summary>True when the command goes to PostgreSQL (the only other provider); the few differences are chosen here.</summary>
    public static bool IsPostgres(DbCommand command) => command is Npgsql.NpgsqlCommand;

    /// <summary>
    /// The collation that makes a grouped or sorted subject ignore case: NOCASE on SQLite, where a subquery's column
    /// loses the table's collation; nothing on PostgreSQL, where it keeps the citext type.
    /// </summary>
    public static string NoCase(DbCommand command) => NoCase(IsPostgres(command));

    public static string NoCase(bool postgres) => postgres ? "" : " COLLATE NOCASE";

    public static DateOnly? ReadDate(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
    }

    /// <summary>A count or sum: an integer on SQLite, bigint or numeric on PostgreSQL.</summary>
    public static int ReadCount(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
    }

    public static double? ReadDouble(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }

    public static int? ReadInt(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    }
}
