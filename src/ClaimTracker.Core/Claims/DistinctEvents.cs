namespace ClaimTracker.Core.Claims;

/// <summary>
/// Two statements of one figure that tell of different events, so they are two claims, not a claim and its repeat
/// (<see cref="RepeatedClaims"/>). A repeat is asked whether its source, subject and time agree, but a time on one side
/// only agrees (a lede's "on Thursday" and its later bare restatement are one count), and so do these, which it must not:
/// <list type="bullet">
/// <item>A further count: "a later strike on Arabsalim killed two more" is not the lede's "killed two people" (Unseen24
/// aljazeera-toul): a count marked as an addition (<see cref="ExtractedClaim.Increment"/> true: "another", "a further",
/// "N more") and stated after the other figure repeats only another addition.</item>
/// <item>A background time: "Earlier this month, a drone strike near Jmaijmeh killed two people" is not the lede's two
/// (Unseen47 anadolu-lebanon-mansouri): a time that reaches back a week, month or year before the report (page.json
/// <c>backgroundTimeLeads</c> with a <c>backgroundTimePeriods</c> word: "earlier this month", "last year"; or ending in
/// <c>backgroundTimeEnds</c>: "two weeks ago") sets its figure apart from one with no time. "Last night" and "earlier on
/// Thursday" are the news itself and stay repeats.</item>
/// <item>A dated entry: a live page's or round-up's bullet or entry that carries its own day ("- On the afternoon of
/// Thursday, September 4, … wounding three people") is another day's event when that day is not the other
/// statement's (Unseen63 liga-zaporizhzhia, whose lede is Saturday's attack).</item>
/// <item>An earlier count: the figure a toll rose from, or a list of earlier days' tolls after it ("up from 26 killed on
/// Wednesday, 29 on Tuesday and 12 on Monday", "up from seven in its morning statement"; page.json
/// <c>earlierCountLeads</c>), is the count before the news, not a restatement of a figure stated as the news (Unseen69
/// thesun-afp-gaza: Monday's 12 had joined the 12 killed at a medical point that day).</item>
/// </list>
/// Golden cases: a_further_count_is_no_repeat, a_background_time_is_no_repeat, a_dated_entry_is_its_own_day, and the
/// near-miss a_lede_day_and_its_bare_restatement_stay_one.
/// </summary>
internal static class DistinctEvents
{
    private static readonly WordSet BackgroundLeads = WordLists.Set("backgroundTimeLeads");
    private static readonly WordSet BackgroundPeriods = WordLists.Set("backgroundTimePeriods");
    private static readonly WordSet BackgroundEnds = WordLists.Set("backgroundTimeEnds");
    private static readonly WordSet EntryDateLeads = WordLists.Set("entryDateLeads");
    private static readonly WordSet EarlierLeads = WordLists.Set("earlierCountLeads");

    // "up from 26 killed on Wednesday, 29 on Tuesday and 12 on Monday": a list of earlier figures runs this far at most.
    private const int MaxEarlierList = 60;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/>, the same figure, count different events.</summary>
    public static bool Differ(ExtractedClaim a, ExtractedClaim b) =>
        Further(a, b) || Further(b, a)
        || (a.TimeText is null) != (b.TimeText is null) && Background(a.TimeText ?? b.TimeText!)
        || DatedEntry(a, b) || DatedEntry(b, a)
        || Earlier(a) != Earlier(b);

    private static bool Earlier(ExtractedClaim c)
    {
        var at = c.Start - c.QuoteStart;
        if (at <= 0 || at > c.Quote.Length)
        {
            return false;
        }
        var before = c.Quote.AsSpan(0, at);
        foreach (var lead in EarlierLeads.Words)
        {
            var from = before.LastIndexOf(lead + " ", StringComparison.OrdinalIgnoreCase);
            if (from >= 0 && before.Length - from <= MaxEarlierList && before[from..].IndexOfAny(".;:)(") < 0)
            {
                return true;
            }
        }
        return false;
    }

    // An addition stated after a figure that is none ("killed two people" … "killed two more") is new by its own words;
    // a figure after an addition may restate it ("A further 3,000 soldiers will follow" … "The 3,000 soldiers will
    // follow in December": one claim, test The_figure_at_another_date_is_a_claim_of_its_own_and_an_undated_repeat_is_a_mention).
    private static bool Further(ExtractedClaim addition, ExtractedClaim other) =>
        addition.Increment is true && other.Increment is not true && addition.Start > other.Start;

    private static bool Background(string time)
    {
        var words = time.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return BackgroundEnds.Contains(words[^1])
            || (BackgroundLeads.Contains(words[0]) && Array.Exists(words, w => BackgroundPeriods.Contains(w)));
    }

    // The entry's own day against the other statement's: a bare statement's day is the report's. The day must open the
    // entry ("- On the afternoon of Thursday, September 4, …"): a day later in it is when a period began ("- Up to
    // 350,000 people have fled … since the RSF took control on 12 April", Unseen18 ocha-zamzam), not the entry's date.
    private static bool DatedEntry(ExtractedClaim entry, ExtractedClaim other) =>
        entry.TimeText is { } time && entry.AsOfPrecision is null or AsOfPrecision.Day && entry.AsOf is { } day
        && other.AsOf is { } otherDay && other.AsOfPrecision is null or AsOfPrecision.Day && day != otherDay
        && Articles.PageFurniture.IsBullet(entry.Quote.AsSpan().TrimStart()) && OpensEntry(entry.Quote.TrimStart()[2..], time);

    private static bool OpensEntry(string entry, string time)
    {
        var at = entry.IndexOf(time, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && Array.TrueForAll(entry[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries), w => EntryDateLeads.Contains(w));
    }
}
