namespace ClaimTracker.Core.Claims;

/// <summary>
/// A live page's own summary opens with a plain line and no colon ("Summary", "What we know", "Key points", "At a
/// glance"), and its bullets often end without a full stop, as headline links do; the lead-in is what tells them apart
/// from a related-links list (Unseen42 bbc-live-beirut-hariri; golden cases summary_bullets_under_a_plain_lead_in and
/// related_links_after_summary_bullets). The lines are data: Claims/Words/page.json, list summaryLeadIns.
/// </summary>
internal static class SummaryLeadIn
{
    private static readonly WordSet LeadIns = WordLists.Set("summaryLeadIns");
    private static readonly WordSet ProseWords = WordLists.Set("proseBulletWords");

    /// <summary>
    /// A summary bullet written as a sentence without its full stop ("Four people ... have been killed in an Israeli
    /// air strike, the Lebanese health ministry says") keeps the articles and auxiliaries a headline drops ("Lebanon says
    /// 178 paramedics and rescuers killed"): the first is body text, the second a headline over the body's statement.
    /// </summary>
    public static bool ReadsAsProse(ReadOnlySpan<char> bullet)
    {
        foreach (var range in bullet.SplitAny(' ', ','))
        {
            if (ProseWords.Contains(bullet[range]))
            {
                return true;
            }
        }
        return false;
    }

    public static bool Is(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd(":.…").Trim();
        return trimmed.Length <= 30 && LeadIns.Contains(trimmed);
    }
}
