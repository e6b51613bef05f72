namespace ClaimTracker.Store.Comparison;

/// <summary>
/// One figure's counted claims in one cell, per article and day: what a cell's claims, figures and echoes and the date
/// filters' days and spans are made of, so that comparing a figure before and after a save gives each of them exactly.
/// </summary>
internal sealed class FigureState(IReadOnlyCollection<(int Article, int Day, int Claims)> rows)
{
    private readonly List<(int Article, int Day, int Claims)> rows = [.. rows.Where(r => r.Claims > 0)];

    public int Claims => rows.Sum(r => r.Claims);

    /// <summary>Repeats of the figure by other articles: its articles less one, none when it is gone.</summary>
    public int Echoes => Math.Max(rows.Select(r => r.Article).Distinct().Count() - 1, 0);

    /// <summary>The figure before the save: these claims without the ones that entered it, with the ones that left it.</summary>
    public FigureState Before(IEnumerable<MovedFigure> entered, IEnumerable<MovedFigure> left)
    {
        var counts = rows.ToDictionary(r => (r.Article, r.Day), r => r.Claims);
        foreach (var m in entered)
        {
            counts[(m.ArticleId, m.Day)] = counts.GetValueOrDefault((m.ArticleId, m.Day)) - 1;
        }
        foreach (var m in left)
        {
            counts[(m.ArticleId, m.Day)] = counts.GetValueOrDefault((m.ArticleId, m.Day)) + 1;
        }
        return new FigureState([.. counts.Select(c => (c.Key.Article, c.Key.Day, c.Value))]);
    }

    /// <summary>The dated claims' first and last day (0 and 0 when none is dated): the figure's span.</summary>
    public (int First, int Last) Span
    {
        get
        {
            var days = rows.Where(r => r.Day > 0).Select(r => r.Day).ToList();
            return days.Count == 0 ? (0, 0) : (days.Min(), days.Max());
        }
    }

    /// <summary>
    /// Per day of its dated claims: how many, and how many of its reports (its claims in one article) start and end
    /// that day, as the stored days count them.
    /// </summary>
    public Dictionary<int, (int Claims, int Firsts, int Lasts)> Days()
    {
        var days = new Dictionary<int, (int Claims, int Firsts, int Lasts)>();
        foreach (var report in rows.Where(r => r.Day > 0).GroupBy(r => r.Article))
        {
            foreach (var r in report)
            {
                var d = days.GetValueOrDefault(r.Day);
                days[r.Day] = (d.Claims + r.Claims, d.Firsts, d.Lasts);
            }
            var first = report.Min(r => r.Day);
            var last = report.Max(r => r.Day);
            days[first] = (days[first].Claims, days[first].Firsts + 1, days[first].Lasts);
            days[last] = (days[last].Claims, days[last].Firsts, days[last].Lasts + 1);
        }
        return days;
    }
}
