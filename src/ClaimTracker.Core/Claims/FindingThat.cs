using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A British newspaper found that more than 540 people had been tortured …", "an investigation by the group
/// concluded that …": a finding introduced by "that" is reported speech like "said that", with the finder as its
/// speaker. Without it the figure fell to the body carried from before (the UN office in Unseen38
/// sudanevents-doctors-network-jebel-aulia-prisoners). Only before "that": "bodies were found in the rubble" reports
/// nothing. A time may stand between the verb and "that" ("concluded in November that", "found last week that"), as it
/// does after "said"; before, "The Economist … concluded in November that between 60,000 and 100,000 …" read no frame
/// (Unseen74 washingtonnews24-nyt-ukraine-loses-fewer-troops-ualosses). Only words of a time (attribution.json
/// <c>findingTimeWords</c>, a month, a year): "found bodies in the rubble that" stays no frame. Verbs as data
/// (attribution.json <c>findingVerbs</c>). Golden cases: a_nations_press_is_no_source,
/// a_finding_dated_before_that_is_reported_speech.
/// </summary>
internal static class FindingThat
{
    public static readonly WordSet Verbs = WordLists.Set("findingVerbs");

    // "in November", "last week", "on Tuesday", "in early 2024": at most this many words between the verb and "that".
    private const int MaxTimeWords = 4;
    private static readonly WordSet TimeWords = WordLists.Set("findingTimeWords");
    private static readonly WordSet Months = new(NumberContext.Months);

    /// <summary>Whether token <paramref name="i"/> is a finding verb followed by "that", past a time at most.</summary>
    public static bool Is(string text, List<Token> tokens, int i)
    {
        if (!Verbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
        {
            return false;
        }
        for (var k = i + 1; k < tokens.Count && k <= i + 1 + MaxTimeWords; k++)
        {
            if (!tokens[k].IsWord)
            {
                // "in mid-November that": the hyphen joins the time's words.
                if (text[tokens[k].Start] == '-')
                {
                    continue;
                }
                return false;
            }
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (!(TimeWords.Contains(word) || Months.Contains(word) || IsYear(word)))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && (word[0] is '1' or '2') && int.TryParse(word, out _);
}
