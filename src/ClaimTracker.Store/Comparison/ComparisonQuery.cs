using ClaimTracker.Store.Data;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Sources;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Store.Comparison;

/// <summary>
/// Builds the comparison grid from the store: rows (subject, metric, status) × source columns. The grouping is a
/// pure function (<see cref="Build"/>) so pages, the API and tests share it.
/// </summary>
public sealed class ComparisonQuery(IDbContextFactory<ClaimTrackerDb> dbFactory, StoreChangeCounter? changes = null)
{
    /// <summary>
    /// Computed pages, by filter and page, until this process saves anything to the store; at most this long, since
    /// another process (a CLI import) may write to it too.
    /// </summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(10);
    private const int MaxCachedPages = 500;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CachedPage> cache = new(StringComparer.Ordinal);

    private sealed record CachedPage(long Version, DateTime At, ComparisonResult Result);

    /// <summary>Latest figures further apart than this ratio count as disagreement (10 %: rounding is not a dispute).</summary>
    public const double DisagreementThreshold = 1.1;

    /// <summary>Longer subject filters match nothing (stored subjects are at most 200 characters).</summary>
    public const int MaxSubjectFilterLength = 1000;

    /// <summary>Rows per page unless asked otherwise, and the most a page may hold.</summary>
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>Source columns on one page at most; the sources filter reaches the others.</summary>
    public const int MaxColumns = 12;

    /// <summary>
    /// One page of the grid, computed by the database: the rows (subject, metric, status) with their counts, ordered by
    /// named sources then claims, and for the page's rows each source's headline figure and counts. Reads every
    /// matching claim once for the row count, then only the page's rows' claims.
    /// </summary>
    public async Task<ComparisonResult> RunAsync(ComparisonFilter filter, int page = 1, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        if (changes is null)
        {
            return await ComputeAsync(filter, page, pageSize, cancellationToken);
        }
        var key = System.Text.Json.JsonSerializer.Serialize(filter) + "|" + page.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "|" + pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The version is read before the query: a save during it leaves the entry already stale, never wrongly fresh.
        var version = changes.Version;
        var now = DateTime.UtcNow;
        if (cache.TryGetValue(key, out var cached) && cached.Version == version && now - cached.At < CacheLifetime)
        {
            return cached.Result;
        }
        var result = await ComputeAsync(filter, page, pageSize, cancellationToken);
        if (cache.Count >= MaxCachedPages)
        {
            cache.Clear();
        }
        cache[key] = new CachedPage(version, now, result);
        return result;
    }

    private async Task<ComparisonResult> ComputeAsync(ComparisonFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();

        var skip = (page - 1) * pageSize;
        List<RowKey> keys;
        int total;
        Dictionary<int, SourceColumn> sources;
        List<CellSummary> cells;
        // Headline claims (in full) and figures (points) already read with the cells, by claim id.
        Dictionary<int, ClaimFigure> read;
        Dictionary<int, double?> readPoints;
        // PostgreSQL only: there each statement that waits on the last is a round trip to the server. SQLite runs the
        // three in process, and the joined statement cost it a third more CPU on metric=killed.
        if (connection is Npgsql.NpgsqlConnection && ReadsStoredCells(filter) && !ReviewedClaims.ReadsStoredCells(filter))
        {
            (keys, total, sources, cells, read, readPoints) = await StoredPageAsync(connection, filter, skip, pageSize, cancellationToken);
        }
        else
        {
            (keys, total, sources) = await RowKeysAsync(connection, filter, skip, pageSize, cancellationToken);
            cells = keys.Count == 0 ? [] : await CellSummariesAsync(connection, filter, keys, cancellationToken);
            (read, readPoints) = ([], []);
        }
        if (keys.Count == 0)
        {
            return new ComparisonResult([], []) { TotalRows = total, Page = page, PageSize = pageSize };
        }

        SourceColumn ColumnOf(int? sourceId) => sourceId is { } id && sources.TryGetValue(id, out var column) ? column : SourceColumn.Unattributed;

        // Columns: the page's busiest sources first, the unattributed column last, so the eye lands on who said most.
        var columns = cells
            .GroupBy(c => ColumnOf(c.SourceId))
            .OrderBy(g => g.Key.SourceId is null)
            .ThenByDescending(g => g.Sum(c => c.ClaimCount))
            .ThenBy(g => g.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Key)
            .Take(MaxColumns)
            .ToList();
        // Shown cells need their headline claim in full; the others only its figure, for the row's spread.
        var shown = columns.ToHashSet();
        var (headlines, hiddenPoints, _) = await HeadlinesAsync(connection,
            cells.Where(c => shown.Contains(ColumnOf(c.SourceId)) && !read.ContainsKey(c.HeadlineId)).Select(c => c.HeadlineId),
            cells.Where(c => c.SourceId is not null && !shown.Contains(ColumnOf(c.SourceId)) && !readPoints.ContainsKey(c.HeadlineId)).Select(c => c.HeadlineId),
            cancellationToken);
        foreach (var (id, figure) in read)
        {
            headlines.TryAdd(id, figure);
        }
        foreach (var (id, point) in readPoints)
        {
            hiddenPoints.TryAdd(id, point);
        }

        var rows = keys.Select(key =>
        {
            var ofRow = cells.Where(c => key.Matches(c.Subject, c.Metric, c.Status)).ToList();
            var rowCells = ofRow.Where(c => shown.Contains(ColumnOf(c.SourceId)))
                .Select(c => new ComparisonCell(ColumnOf(c.SourceId), headlines.TryGetValue(c.HeadlineId, out var h) ? [h] : [])
                {
                    FigureCount = c.FigureCount,
                    EchoCount = c.EchoCount,
                    Lowest = c.Lowest,
                    Highest = c.Highest,
                    LatestDate = c.LatestDate,
                })
                .ToList();
            // Disagreement is between named sources (all of them, shown or not): unattributed figures wait for an editor.
            var latest = ofRow.Where(c => c.SourceId is not null)
                .Select(c => headlines.TryGetValue(c.HeadlineId, out var h) ? h.Point : hiddenPoints.GetValueOrDefault(c.HeadlineId))
                .OfType<double>().Where(v => v > 0).ToList();
            double? spread = latest.Count >= 2 ? latest.Max() / latest.Min() : null;
            return new ComparisonRow
            {
                Subject = key.Subject,
                Metric = key.Metric,
                Status = key.Status,
                Cells = [.. columns.Select(column => rowCells.FirstOrDefault(c => c.Column == column) ?? new ComparisonCell(column, []))],
                Spread = spread,
                Disagree = spread >= DisagreementThreshold,
                SourceCount = key.SourceCount,
                ClaimCount = key.ClaimCount,
            };
        }).ToList();
        return new ComparisonResult(columns, rows) { TotalRows = total, Page = page, PageSize = pageSize };
    }

    /// <summary>
    /// Echoes listed per figure in a row or cell loaded in full; <see cref="ClaimFigure.EchoCount"/> counts them all. A
    /// figure a wire story spread carries thousands of repeats in a large store: listing them all made a cell megabytes.
    /// </summary>
    public const int EchoesShown = 5;

    /// <summary>
    /// Figures listed per cell of a row or cell loaded in full, the latest first; <see cref="ComparisonCell.FigureCount"/>
    /// counts them all. Unattributed claims of a large store hold tens of thousands of distinct figures.
    /// </summary>
    public const int FiguresShown = 100;

    /// <summary>
    /// One row in full (every source; its latest <see cref="FiguresShown"/> figures, each with its latest <see cref="EchoesShown"/> echoes, and the counts of all): for its
    /// timeline, and, narrowed to one source name (or <see cref="ComparisonFilter.NoSource"/>), for a cell's figures. Null
    /// when no claim matches.
    /// </summary>
    public async Task<ComparisonRow?> RowAsync(ComparisonFilter filter, string subject, Core.Claims.Metric metric, Core.Claims.ClaimStatus status,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(subject);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var rowFilter = filter with { Subject = null, Metric = metric, Status = status };
        var groups = await RowFigures.ReadAsync(connection, rowFilter, subject.Trim(), EchoesShown, cancellationToken);
        if (groups.Count == 0)
        {
            return null;
        }
        // Only the figures and echoes the row lists are read in full (quote, article title and outlet), with the sources
        // in the same command (a round trip fewer on PostgreSQL). The sources are not known yet, so the figures are each
        // source's latest, a superset of each column's (sources the registry lacks share the unattributed column).
        var listed = groups.GroupBy(g => g.SourceId).SelectMany(Latest).SelectMany(g => g.EchoClaimIds.Prepend(g.FirstClaimId));
        var (full, _, byId) = await HeadlinesAsync(connection, listed, [], cancellationToken, withSources: true);
        SourceColumn ColumnOf(int? sourceId) => sourceId is { } id && byId.TryGetValue(id, out var column) ? column : SourceColumn.Unattributed;
        var columns = groups
            .GroupBy(g => ColumnOf(g.SourceId))
            // As the grid orders its columns: busiest sources first, the unattributed column last.
            .OrderBy(c => c.Key.SourceId is null)
            .ThenByDescending(c => c.Select(g => (g.SourceId, g.SourceClaims)).Distinct().Sum(s => s.SourceClaims))
            .ThenBy(c => c.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => (Column: c.Key, All: c.ToList(), Shown: Latest(c).ToList()))
            .ToList();
        var cells = columns.Select(c => new ComparisonCell(c.Column,
            [.. c.Shown.Select(g => full[g.FirstClaimId] with { Echoes = [.. g.EchoClaimIds.Select(id => full[id])], EchoCount = g.EchoCount })])
        {
            FigureCount = c.All.Count,
            EchoCount = c.All.Sum(g => g.EchoCount),
            Lowest = c.All.Select(g => g.Low ?? g.Value).Min(),
            Highest = c.All.Select(g => g.High ?? g.Value).Max(),
            LatestDate = c.All.Select(g => g.FirstDate).Max(),
        }).ToList();
        var claims = (int)groups.Select(g => (g.SourceId, g.SourceClaims)).Distinct().Sum(s => s.SourceClaims);
        return RowOf(cells[0].Figures[0].Subject.Trim(), metric, status, cells, claims);
    }

    /// <summary>A cell's figures as a row in full lists them: the latest <see cref="FiguresShown"/>.</summary>
    private static IEnumerable<RowFigures.Group> Latest(IEnumerable<RowFigures.Group> figures) => figures
        .OrderByDescending(g => g.FirstDate ?? DateOnly.MinValue)
        .ThenByDescending(g => g.LastDate ?? DateOnly.MinValue)
        .ThenByDescending(g => g.FirstClaimId)
        .Take(FiguresShown);

    /// <summary>
    /// The headline claims by id in full, and the figure (<see cref="ClaimFigure.Point"/>) of other claims by id (the
    /// headlines of cells not shown, for the spread): one command of several statements, so one round trip to PostgreSQL
    /// for both, not one each. An IN list of parameters, not EF Core's json_each list: SQLite cannot tell how long that
    /// is, and scans Claims probing it rather than look each id up.
    /// </summary>
    private static async Task<(Dictionary<int, ClaimFigure> Figures, Dictionary<int, double?> Points, Dictionary<int, SourceColumn> Sources)> HeadlinesAsync(
        System.Data.Common.DbConnection connection, IEnumerable<int> ids, IEnumerable<int> pointIds, CancellationToken cancellationToken,
        bool withSources = false)
    {
        var figures = new Dictionary<int, ClaimFigure>();
        var points = new Dictionary<int, double?>();
        var sources = new Dictionary<int, SourceColumn>();
        await using var command = connection.CreateCommand();
        // In chunks: a row loaded in full may show thousands of figures, and both engines cap a statement's parameters.
        var figureStatements = ids.Distinct().Chunk(IdsPerStatement)
            .Select(chunk => $"SELECT {ComparisonSql.FigureColumns} {ComparisonSql.From} WHERE c.\"Id\" {IdsIn(command, chunk)}").ToList();
        var statements = figureStatements.Concat(pointIds.Distinct().Chunk(IdsPerStatement)
            .Select(chunk => $"SELECT c.\"Id\", c.\"Value\", c.\"Low\", c.\"High\" FROM \"Claims\" AS c WHERE c.\"Id\" {IdsIn(command, chunk)}")).ToList();
        if (withSources)
        {
            statements.Add(SourcesSql);
        }
        if (statements.Count == 0)
        {
            return (figures, points, sources);
        }
        command.CommandText = string.Join(";\n", statements);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var set = 0;
        do
        {
            if (withSources && set == statements.Count - 1)
            {
                sources = await ReadSourcesAsync(reader, cancellationToken);
                break;
            }
            while (await reader.ReadAsync(cancellationToken))
            {
                if (set < figureStatements.Count)
                {
                    var figure = ComparisonSql.ReadFigure(reader);
                    figures[figure.ClaimId] = figure;
                }
                else
                {
                    points[reader.GetInt32(0)] = ClaimFigureFormat.PointValue(
                        ComparisonSql.ReadDouble(reader, 1), ComparisonSql.ReadDouble(reader, 2), ComparisonSql.ReadDouble(reader, 3));
                }
            }
            set++;
        }
        while (await reader.NextResultAsync(cancellationToken));
        return (figures, points, sources);
    }

    private const int IdsPerStatement = 1000;

    /// <summary>
    /// "Is one of these ids" as SQL with its parameters: on PostgreSQL one array parameter (<c>= ANY(@p)</c>), so a cell of
    /// 7 figures and one of 548 send the same statement text, which Npgsql's auto-prepare then prepares once per connection;
    /// an IN list of one parameter per id was a new text (parsed and planned afresh) for every count, 50 of the read mix's
    /// 76 texts. SQLite keeps the IN list, which it answers by looking each id up.
    /// </summary>
    private static string IdsIn(System.Data.Common.DbCommand command, int[] ids) => ComparisonSql.IsPostgres(command)
        ? $"= ANY({ComparisonSql.Parameter(command, ids)})"
        : $"IN ({string.Join(", ", ids.Select(id => ComparisonSql.Parameter(command, id)))})";

    /// <summary>
    /// The page's rows and the total, and in the same command (one round trip fewer on PostgreSQL) every source as a
    /// column, by id.
    /// </summary>
    private static async Task<(List<RowKey> Keys, int Total, Dictionary<int, SourceColumn> Sources)> RowKeysAsync(
        System.Data.Common.DbConnection connection, ComparisonFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = RowsSql(filter, command, skip, take) + ";\n" + SourcesSql;
        var keys = new List<RowKey>(take);
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new RowKey(reader.GetString(0).Trim(), Enum.Parse<Core.Claims.Metric>(reader.GetString(1)), Enum.Parse<Core.Claims.ClaimStatus>(reader.GetString(2)),
                ComparisonSql.ReadCount(reader, 3), ComparisonSql.ReadCount(reader, 4)));
            total = ComparisonSql.ReadCount(reader, 5);
        }
        await reader.NextResultAsync(cancellationToken);
        var sources = await ReadSourcesAsync(reader, cancellationToken);
        if (keys.Count == 0 && skip > 0)
        {
            await reader.DisposeAsync();
            total = await RowCountAsync(command, filter, cancellationToken);
        }
        return (keys, total, sources);
    }

    /// <summary>Every source as a column; read with a page's first statement (one round trip fewer on PostgreSQL).</summary>
    private const string SourcesSql = "SELECT s.\"Id\", " + SourceColumns + " FROM \"Sources\" AS s";

    /// <summary>A source's columns after its id, as <see cref="SourceOf"/> reads them (alias <c>s</c>).</summary>
    private const string SourceColumns = "s.\"Name\", s.\"FullName\", s.\"Credibility\", s.\"CredibilityNote\", s.\"Status\"";

    /// <summary>The sources of <see cref="SourcesSql"/> by id.</summary>
    private static async Task<Dictionary<int, SourceColumn>> ReadSourcesAsync(System.Data.Common.DbDataReader reader, CancellationToken cancellationToken)
    {
        var sources = new Dictionary<int, SourceColumn>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt32(0);
            sources[id] = SourceOf(reader, id, 1);
        }
        return sources;
    }

    /// <summary>The source <paramref name="id"/> from <see cref="SourceColumns"/> starting at <paramref name="at"/>.</summary>
    private static SourceColumn SourceOf(System.Data.Common.DbDataReader reader, int id, int at) =>
        new(id, reader.GetString(at), reader.IsDBNull(at + 1) ? null : reader.GetString(at + 1),
            Enum.Parse<Credibility>(reader.GetString(at + 2)), reader.IsDBNull(at + 3) ? null : reader.GetString(at + 3))
        {
            Proposed = Enum.Parse<SourceStatus>(reader.GetString(at + 4)) == SourceStatus.Proposed,
        };

    /// <summary>Past the last page: still say how many rows there are (the command is reused; its reader must be closed).</summary>
    private static async Task<int> RowCountAsync(System.Data.Common.DbCommand command, ComparisonFilter filter, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = RowCountSql(filter, command);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string RowCountSql(ComparisonFilter filter, System.Data.Common.DbCommand command) =>
        $"SELECT count(*) FROM (SELECT 1 FROM ({RowSourcesSql(filter, command)}) AS g GROUP BY Subject{ComparisonSql.NoCase(command)}, Metric, Status) AS r";

    /// <summary>
    /// A page read from the stored cells in one statement: its rows, their cells, each cell's source, and each cell's
    /// headline, in full for the cells whose source may be shown, as a figure for the rest. On PostgreSQL the rows, cells
    /// and headlines were three round trips, each waiting on the last, and the cells' statement named the page's rows as
    /// 75 parameters; now the rows are joined to their cells in the database. Only the page's sources are read, not the
    /// whole registry (158 rows in the bench's store, a fifth of metric=killed's time on PostgreSQL).
    /// </summary>
    private static async Task<(List<RowKey> Keys, int Total, Dictionary<int, SourceColumn> Sources, List<CellSummary> Cells,
        Dictionary<int, ClaimFigure> Figures, Dictionary<int, double?> Points)> StoredPageAsync(
        System.Data.Common.DbConnection connection, ComparisonFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = StoredPageSql(filter, command, skip, take);
        var rows = new SortedDictionary<long, RowKey>();
        var sources = new Dictionary<int, SourceColumn>();
        var total = 0;
        var cells = new List<CellSummary>();
        var figures = new Dictionary<int, ClaimFigure>();
        var points = new Dictionary<int, double?>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        const int at = ComparisonSql.FigureColumnCount;
        while (await reader.ReadAsync(cancellationToken))
        {
            total = ComparisonSql.ReadCount(reader, at + 4);
            if (reader.IsDBNull(at))
            {
                // Past the last page: the one row the statement still returns, with the row count alone.
                continue;
            }
            var metric = Enum.Parse<Core.Claims.Metric>(reader.GetString(at + 6));
            var status = Enum.Parse<Core.Claims.ClaimStatus>(reader.GetString(at + 7));
            var position = reader.GetInt64(at);
            if (!rows.ContainsKey(position))
            {
                rows[position] = new RowKey(reader.GetString(at + 1).Trim(), metric, status, ComparisonSql.ReadCount(reader, at + 2), ComparisonSql.ReadCount(reader, at + 3));
            }
            var cell = CellOf(reader, at + 5);
            cells.Add(cell);
            if (cell.SourceId is { } sourceId && !reader.IsDBNull(at + 19) && !sources.ContainsKey(sourceId))
            {
                sources[sourceId] = SourceOf(reader, sourceId, at + 19);
            }
            if (!reader.IsDBNull(0))
            {
                figures[cell.HeadlineId] = ComparisonSql.ReadFigure(reader);
            }
            if (!reader.IsDBNull(at + 15))
            {
                points[cell.HeadlineId] = ClaimFigureFormat.PointValue(
                    ComparisonSql.ReadDouble(reader, at + 16), ComparisonSql.ReadDouble(reader, at + 17), ComparisonSql.ReadDouble(reader, at + 18));
            }
        }
        return ([.. rows.Values], total, sources, cells, figures, points);
    }

    /// <summary>
    /// <see cref="StoredPageAsync"/>'s statement: the columns of <see cref="ComparisonSql.FigureColumns"/> (null unless the
    /// cell's source is among the page's <see cref="MaxColumns"/> busiest, ties included, or it is the unattributed column:
    /// a superset of the shown cells, so hidden cells' quotes are not read), then the row (position, subject, claims,
    /// named sources, row count), the cell as <see cref="CellsSql"/> reads it, the headline's id and bounds, and the cell's
    /// source (<see cref="SourceColumns"/>). Past the last page it returns one row of nulls but the row count, counted
    /// only then: the count as a statement of its own was a second round trip for every page past the end.
    /// </summary>
    internal static string StoredPageSql(ComparisonFilter filter, System.Data.Common.DbCommand command, int skip, int take)
    {
        var conditions = ComparisonSql.CellConditions(filter, command);
        // A sources or rating filter needs each cell's source: the matching cells are found once (33 for sources=HUR), and
        // the page and its cells read from them. Joined to the page first, PostgreSQL looked up the source of every cell
        // of the page's rows (869) before filtering, and the one statement was slower than three (docs/performance.md).
        var bySource = filter.Sources.Count > 0 || filter.Credibility.Count > 0;
        var matching = bySource ? $"""
            matching AS MATERIALIZED (
                SELECT c."Subject", c."Metric", c."Status", c."SourceId", c."ClaimCount", c."FigureCount", c."EchoCount", c."Lowest", c."Highest",
                       c."LatestDay", c."HeadlineClaimId"
                {ComparisonSql.FromFor(filter, "ComparisonCells")} {CellsWhere(conditions)}),
            """ : "";
        var rows = bySource
            ? RowsSql(filter, command, skip, take, numbered: true,
                "SELECT c.\"Subject\" AS Subject, c.\"Metric\" AS Metric, c.\"Status\" AS Status, c.\"SourceId\" AS SourceId, c.\"ClaimCount\" AS Claims FROM matching AS c")
            : RowsSql(filter, command, skip, take, numbered: true);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"""
            WITH {matching}page AS ({rows}),
            cells AS (
                SELECT p.RowIndex, p.Subject AS RowSubject, p.ClaimCount AS RowClaims, p.SourceCount AS RowSources, p.Total,
                       c."Subject" AS Subject, c."Metric" AS Metric, c."Status" AS Status, c."SourceId" AS SourceId, c."ClaimCount" AS Claims,
                       c."FigureCount" AS Figures, c."EchoCount" AS Echoes, c."Lowest" AS Lowest, c."Highest" AS Highest,
                       c."LatestDay" * {HeadlineKey} + c."HeadlineClaimId" AS Headline, c."HeadlineClaimId" AS HeadlineId,
                       sum(c."ClaimCount") OVER (PARTITION BY c."SourceId") AS SourceClaims
                FROM page AS p JOIN {(bySource ? "matching" : "\"ComparisonCells\"")} AS c ON c."Subject" = p.Subject AND c."Metric" = p.Metric AND c."Status" = p.Status
                {(bySource ? "" : CellsWhere(conditions))}),
            ranked AS (
                SELECT x.*, dense_rank() OVER (ORDER BY CASE WHEN x.SourceId IS NULL THEN -1 ELSE x.SourceClaims END DESC) AS SourceRank
                FROM cells AS x)
            SELECT {ComparisonSql.FigureColumns},
                   x.RowIndex, x.RowSubject, x.RowClaims, x.RowSources, coalesce(x.Total, ({RowCountSql(filter, command)})),
                   x.Subject, x.Metric, x.Status, x.SourceId, x.Claims, x.Figures, x.Echoes, x.Lowest, x.Highest, x.Headline,
                   h."Id", h."Value", h."Low", h."High", {SourceColumns}
            FROM (SELECT 1) AS one
            LEFT JOIN ranked AS x ON true
            LEFT JOIN "Claims" AS h ON h."Id" = x.HeadlineId
            LEFT JOIN "Claims" AS c ON c."Id" = x.HeadlineId AND (x.SourceId IS NULL OR x.SourceRank <= {MaxColumns})
            LEFT JOIN "Articles" AS a ON a."Id" = c."ArticleId"
            LEFT JOIN "Sources" AS s ON s."Id" = x.SourceId
            """);
    }

    /// <summary>
    /// Per (row, source) of the given rows: claims, distinct figures, echoes, bounds, and the headline claim (latest
    /// date, then highest id) with its date. The inner grouping is per figure, in IX_Claims_Comparison's order, so it
    /// needs no sort; dates and ids are packed into one integer (yyyyMMdd × 10^10 + id) so one max() finds the headline.
    /// </summary>
    private static async Task<List<CellSummary>> CellSummariesAsync(
        System.Data.Common.DbConnection connection, ComparisonFilter filter, List<RowKey> keys, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = CellsSql(filter, command, keys.Select(k => (k.Subject, k.Metric, k.Status)));
        var cells = new List<CellSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(CellOf(reader, 0));
        }
        return cells;
    }

    /// <summary>A cell from ten columns starting at <paramref name="at"/>: as <see cref="CellsSql"/> selects them.</summary>
    private static CellSummary CellOf(System.Data.Common.DbDataReader reader, int at)
    {
        var headline = reader.GetInt64(at + 9);
        var day = (int)(headline / HeadlineKey);
        DateOnly? latest = day == 0 ? null : new DateOnly(day / 10000, day / 100 % 100, day % 100);
        return new CellSummary(reader.GetString(at).Trim(), Enum.Parse<Core.Claims.Metric>(reader.GetString(at + 1)), Enum.Parse<Core.Claims.ClaimStatus>(reader.GetString(at + 2)),
            ComparisonSql.ReadInt(reader, at + 3), ComparisonSql.ReadCount(reader, at + 4), ComparisonSql.ReadCount(reader, at + 5), ComparisonSql.ReadCount(reader, at + 6),
            ComparisonSql.ReadDouble(reader, at + 7), ComparisonSql.ReadDouble(reader, at + 8), latest, (int)(headline % HeadlineKey));
    }

    /// <summary>
    /// True when the filter names only cell dimensions (subject, metric, status, sources, credibility): the grid is then
    /// read from the stored cells (<see cref="ComparisonCellSummary"/>). Dates and review states select claims inside a
    /// cell, so those filters group the claims themselves.
    /// </summary>
    internal static bool ReadsStoredCells(ComparisonFilter filter) => filter.From is null && filter.To is null && filter.Review is null;

    /// <summary>
    /// The grid's rows query: one page of (subject, metric, status) rows with claims, named sources and the row count;
    /// grouped from <paramref name="rowSources"/> when given (a statement with the columns of <see cref="RowSourcesSql"/>).
    /// </summary>
    internal static string RowsSql(ComparisonFilter filter, System.Data.Common.DbCommand command, int skip, int take, bool numbered = false,
        string? rowSources = null)
    {
        var noCase = ComparisonSql.NoCase(command);
        // Numbered, each row carries its place in the order (a join to its cells does not keep the order).
        var number = numbered ? $", row_number() OVER (ORDER BY count(SourceId) DESC, sum(Claims) DESC, Subject{noCase}, Metric, Status) AS RowIndex" : "";
        // Subject is NOCASE: "north korean troops" and "North Korean troops" are one row. The outer query counts named
        // sources per row; count(*) OVER () is the row count.
        return FormattableString.Invariant($"""
            SELECT Subject, Metric, Status, sum(Claims) AS ClaimCount, count(SourceId) AS SourceCount, count(*) OVER () AS Total{number}
            FROM ({rowSources ?? RowSourcesSql(filter, command)}) AS g
            GROUP BY Subject{noCase}, Metric, Status
            ORDER BY SourceCount DESC, ClaimCount DESC, Subject{noCase}, Metric, Status
            LIMIT {ComparisonSql.Parameter(command, take)} OFFSET {ComparisonSql.Parameter(command, skip)}
            """);
    }

    /// <summary>
    /// Per (row, source) the number of matching claims (columns Subject, Metric, Status, SourceId, Claims): the stored
    /// cells when the filter allows, else a grouping of the claims in IX_Claims_Comparison's order (no sort).
    /// </summary>
    private static string RowSourcesSql(ComparisonFilter filter, System.Data.Common.DbCommand command)
    {
        if (ReviewedClaims.ReadsStoredCells(filter))
        {
            return ReviewedClaims.UnreviewedRowSourcesSql(filter, command);
        }
        if (ReadsStoredCells(filter))
        {
            return $"""
                SELECT c."Subject" AS Subject, c."Metric" AS Metric, c."Status" AS Status, c."SourceId" AS SourceId, c."ClaimCount" AS Claims
                {ComparisonSql.FromFor(filter, "ComparisonCells")} {CellsWhere(ComparisonSql.CellConditions(filter, command))}
                """;
        }
        if (DatedComparison.ReadsDays(filter, command))
        {
            return DatedComparison.RowSourcesSql(filter, command);
        }
        return $"""
            SELECT min(c."Subject") AS Subject, c."Metric" AS Metric, c."Status" AS Status, c."SourceId" AS SourceId, count(*) AS Claims
            {ComparisonSql.FromFor(filter)} {ComparisonSql.Where(filter, command)}
            GROUP BY c."Subject", c."Metric", c."Status", c."SourceId"
            """;
    }

    private static string CellsWhere(List<string> conditions) => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    /// <summary>The cells query for the given rows (see <see cref="CellSummariesAsync"/>).</summary>
    internal static string CellsSql(ComparisonFilter filter, System.Data.Common.DbCommand command,
        IEnumerable<(string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status)> keys)
    {
        var pageRows = keys.ToList();
        string Rows() => string.Join(" OR ", pageRows.Select(k =>
            $"(c.\"Subject\" = {ComparisonSql.Text(command, k.Subject)} AND c.\"Metric\" = {ComparisonSql.Parameter(command, k.Metric.ToString())} "
            + $"AND c.\"Status\" = {ComparisonSql.Parameter(command, k.Status.ToString())})"));
        if (ReviewedClaims.ReadsStoredCells(filter))
        {
            return ReviewedClaims.UnreviewedCellsSql(filter, command, Rows);
        }
        if (DatedComparison.ReadsSpans(filter, command))
        {
            return DatedComparison.CellsSql(filter, command, Rows());
        }
        if (!ReadsStoredCells(filter))
        {
            // One grouping per page row, each an index range read in IX_Claims_Comparison's order: an OR of the rows made
            // SQLite collect row ids from 25 ranges, read the table by them and sort for the grouping (3x the CPU).
            var perRow = pageRows.Select(k =>
                $"{ComparisonSql.Where(filter, command)} AND c.\"Subject\" = {ComparisonSql.Text(command, k.Subject)} "
                + $"AND c.\"Metric\" = {ComparisonSql.Parameter(command, k.Metric.ToString())} AND c.\"Status\" = {ComparisonSql.Parameter(command, k.Status.ToString())}");
            return CellTotalsSql(ComparisonSql.FromFor(filter), [.. perRow], ComparisonSql.IsPostgres(command));
        }
        var conditions = ComparisonSql.CellConditions(filter, command);
        conditions.Add($"({Rows()})");
        return $"""
            SELECT c."Subject", c."Metric", c."Status", c."SourceId", c."ClaimCount", c."FigureCount", c."EchoCount", c."Lowest", c."Highest",
                   c."LatestDay" * {HeadlineKey} + c."HeadlineClaimId"
            {ComparisonSql.FromFor(filter, "ComparisonCells")} {CellsWhere(conditions)}
            """;
    }

    /// <summary>
    /// Per (row, source) of the claims FROM/WHERE select: claims, distinct figures, echoes, bounds and the headline key
    /// (<see cref="HeadlineKey"/>). Shared by the cells query over claims and the stored cells' refresh (<see cref="ComparisonCells"/>).
    /// </summary>
    internal static string CellTotalsSql(string from, string where, bool postgres, string dayOf = ComparisonSql.DayOf) =>
        // On PostgreSQL each citext comparison lowercases both sides again: sorting tens of thousands of claims for the
        // grouping took a third longer than grouping by the lowercased text, computed once per row and compared bytewise
        // (the same groups: citext equality is equality of lower()).
        CellTotalsSql(from, [where], postgres, postgres ? "lower(c.\"Subject\"::text) COLLATE \"C\"" : "c.\"Subject\"", dayOf);

    /// <summary>
    /// The same over the union of the claims each WHERE selects, each WHERE one row (subject, metric, status): one grouping
    /// per row, then the totals. Within a row the subject is one (ignoring case), so grouping by the column itself follows
    /// IX_Claims_Comparison's order and sorts nothing, on PostgreSQL too (there when the index covers the claim id).
    /// </summary>
    internal static string CellTotalsSql(string from, IReadOnlyList<string> rowWheres, bool postgres) =>
        CellTotalsSql(from, rowWheres, postgres, "c.\"Subject\"", ComparisonSql.DayOf);

    private static string CellTotalsSql(string from, IReadOnlyList<string> wheres, bool postgres, string subjectKey, string dayOf)
    {
        var noCase = ComparisonSql.NoCase(postgres);
        var rowKey = postgres ? "lower(Subject::text) COLLATE \"C\"" : "Subject" + noCase;
        return $"""
            SELECT min(Subject) AS Subject, Metric, Status, SourceId, sum(Claims) AS ClaimCount, count(*) AS FigureCount,
                   sum(Articles) - count(*) AS EchoCount, min(Lowest) AS Lowest, max(Highest) AS Highest, max(Headline) AS Headline
            FROM ({string.Join("\nUNION ALL\n", wheres.Select(where => $"""
                  SELECT min(c."Subject") AS Subject, c."Metric" AS Metric, c."Status" AS Status, c."SourceId" AS SourceId, count(*) AS Claims,
                         count(DISTINCT c."ArticleId") AS Articles, min(coalesce(c."Low", c."Value")) AS Lowest, max(coalesce(c."High", c."Value")) AS Highest,
                         max({dayOf} * {HeadlineKey} + c."Id") AS Headline
                  {from} {where}
                  GROUP BY {subjectKey}, c."Metric", c."Status", c."SourceId", c."Value", c."Low", c."High", c."Qualifier"
                  """))}) AS g
            GROUP BY {rowKey}, Metric, Status, SourceId
            """;
    }

    /// <summary>Claim ids stay below this (10^10), so yyyyMMdd × it + id orders by date, then id.</summary>
    internal const long HeadlineKey = 10_000_000_000;

    private sealed record RowKey(string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status, int ClaimCount, int SourceCount)
    {
        public bool Matches(string subject, Core.Claims.Metric metric, Core.Claims.ClaimStatus status) =>
            metric == Metric && status == Status && string.Equals(subject, Subject, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record CellSummary(string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status, int? SourceId, int ClaimCount,
        int FigureCount, int EchoCount, double? Lowest, double? Highest, DateOnly? LatestDate, int HeadlineId);

    /// <summary>Groups figures into rows and columns. Applies the filters that need the source registry or dates.</summary>
    public static ComparisonResult Build(IEnumerable<ClaimFigure> figures, IEnumerable<SourceColumn> sources, ComparisonFilter filter)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(filter);

        var byId = sources.Where(s => s.SourceId is not null).ToDictionary(s => s.SourceId!.Value);
        SourceColumn ColumnOf(ClaimFigure f) => f.SourceId is { } id && byId.TryGetValue(id, out var column) ? column : SourceColumn.Unattributed;

        var wanted = new HashSet<string>(filter.Sources, StringComparer.OrdinalIgnoreCase);
        var selected = figures
            .Where(f => filter.From is null || (f.Date is { } d && d >= filter.From))
            .Where(f => filter.To is null || (f.Date is { } d && d <= filter.To))
            .Where(f => wanted.Count == 0 || wanted.Contains(ColumnOf(f).SourceId is null ? ComparisonFilter.NoSource : ColumnOf(f).Name))
            .Where(f => filter.Credibility.Count == 0 || filter.Credibility.Contains(ColumnOf(f).Credibility))
            .ToList();

        // Columns: busiest sources first, the unattributed column last, so the eye lands on who said most.
        var columns = selected
            .GroupBy(ColumnOf)
            .OrderBy(g => g.Key.SourceId is null)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Key)
            .ToList();

        var rows = selected
            .GroupBy(f => (Subject: f.Subject.Trim(), f.Metric, f.Status), RowKeyComparer.Instance)
            .Select(g => BuildRow(g.Key.Subject, g.Key.Metric, g.Key.Status, g.ToList(), columns, ColumnOf))
            .OrderByDescending(r => r.SourceCount)
            .ThenByDescending(r => r.ClaimCount)
            .ThenBy(r => r.Subject, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Metric)
            .ThenBy(r => r.Status)
            .ToList();

        return new ComparisonResult(columns, rows) { TotalRows = rows.Count, PageSize = Math.Max(1, rows.Count) };
    }

    private static ComparisonRow BuildRow(string subject, Core.Claims.Metric metric, Core.Claims.ClaimStatus status, List<ClaimFigure> figures,
        List<SourceColumn> columns, Func<ClaimFigure, SourceColumn> columnOf)
    {
        var cells = columns
            .Select(column => FullCell(column, GroupEchoes(figures.Where(f => columnOf(f) == column))))
            .ToList();
        return RowOf(subject, metric, status, cells, figures.Count);
    }

    private static ComparisonRow RowOf(string subject, Core.Claims.Metric metric, Core.Claims.ClaimStatus status, List<ComparisonCell> cells, int claimCount)
    {
        // Disagreement is between named sources: unattributed figures wait for an editor to credit them.
        var latest = cells.Where(c => c.Column.SourceId is not null).Select(c => c.Latest?.Point).OfType<double>().Where(v => v > 0).ToList();
        double? spread = latest.Count >= 2 ? latest.Max() / latest.Min() : null;

        return new ComparisonRow
        {
            Subject = subject,
            Metric = metric,
            Status = status,
            Cells = cells,
            Spread = spread,
            Disagree = spread >= DisagreementThreshold,
            SourceCount = cells.Count(c => c.Column.SourceId is not null && c.Figures.Count > 0),
            ClaimCount = claimCount,
        };
    }

    private static ComparisonCell FullCell(SourceColumn column, IReadOnlyList<ClaimFigure> figures) => new(column, figures)
    {
        FigureCount = figures.Count,
        EchoCount = figures.Sum(f => f.EchoCount),
        Lowest = figures.Select(f => f.Low ?? f.Value).Min(),
        Highest = figures.Select(f => f.High ?? f.Value).Max(),
        LatestDate = figures.Select(f => f.Date).Max(),
    };

    /// <summary>
    /// One source's figures with repeats folded: the same figure (value, bounds, qualifier) in several articles is
    /// one claim, first reported by the earliest article, echoed by the rest. Latest first.
    /// </summary>
    public static IReadOnlyList<ClaimFigure> GroupEchoes(IEnumerable<ClaimFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures
            .GroupBy(f => (f.Value, f.Low, f.High, f.Qualifier))
            .Select(g =>
            {
                var ordered = g.OrderBy(f => f.Date ?? DateOnly.MaxValue).ThenBy(f => f.ClaimId).ToList();
                var first = ordered[0];
                // Repeats inside the same article (headline and body) are not echoes: only other articles are.
                var echoes = ordered.Skip(1).Where(f => f.ArticleId != first.ArticleId)
                    .GroupBy(f => f.ArticleId).Select(a => a.First()).ToList();
                var lastDate = ordered.Max(f => f.Date);
                return (Figure: first with { Echoes = echoes, EchoCount = echoes.Count }, LastDate: lastDate);
            })
            .OrderByDescending(x => x.Figure.Date ?? DateOnly.MinValue)
            .ThenByDescending(x => x.LastDate ?? DateOnly.MinValue)
            .ThenByDescending(x => x.Figure.ClaimId)
            .Select(x => x.Figure)
            .ToList();
    }

    private sealed class RowKeyComparer : IEqualityComparer<(string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status)>
    {
        public static readonly RowKeyComparer Instance = new();

        public bool Equals((string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status) x,
            (string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status) y) =>
            string.Equals(x.Subject, y.Subject, StringComparison.OrdinalIgnoreCase) && x.Metric == y.Metric && x.Status == y.Status;

        public int GetHashCode((string Subject, Core.Claims.Metric Metric, Core.Claims.ClaimStatus Status) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Subject), obj.Metric, obj.Status);
    }
}
