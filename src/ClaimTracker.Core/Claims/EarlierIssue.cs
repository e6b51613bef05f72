namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The seventh report, released on Monday, had put the total at 1,873 killed", "up from 155,000 recorded in Monday's
/// report", "The previous update gave 9,900": a page that relays a body's numbered report (a situation report, a tracker
/// of a committee's daily reports: <see cref="PublisherVoice"/>, <see cref="IssuedReport"/>) restates the last issue's
/// figures beside today's. The earlier issue is the same body's document, so a frame in such a sentence that names
/// nobody ("had put", "recorded in") is the page's voice, not nobody's. The issue is a document noun
/// (attribution.json <c>documentTitleWords</c>) right after an ordinal or a word placing it before today's
/// (<c>earlierIssueWords</c>: "previous", "last", "Monday's", "yesterday's"). Golden case:
/// a_report_issued_in_the_headline_speaks_for_its_list.
/// </summary>
internal static class EarlierIssue
{
    private static readonly WordSet Documents = WordLists.Set("documentTitleWords");
    private static readonly WordSet Marks = WordLists.Set("earlierIssueWords");
    private static readonly WordSet Ordinals = WordLists.Set("ownedUnitOrdinals");

    /// <summary>Whether the sentence names an earlier issue of a document.</summary>
    public static bool Named(string text, Sentence sentence)
    {
        string? before = null;
        foreach (var range in text.AsSpan(sentence.Start, sentence.End - sentence.Start).Split(' '))
        {
            var word = text.AsSpan(sentence.Start, sentence.End - sentence.Start)[range].Trim(",.;:()\"");
            if (before is not null && Documents.Contains(word) && (Marks.Contains(before) || Ordinals.Contains(before)))
            {
                return true;
            }
            before = word.ToString();
        }
        return false;
    }
}
