using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In mid-November the ministry had put the toll at more than 3,000 dead", "A week ago the ministry had put the death
/// toll at": the walk back from the verb takes the capitalised words before the speaker, so the time that opens the
/// sentence became part of the speaker's words ("In mid-November the ministry", "A week ago the ministry") and the
/// anaphor named nobody (Unseen39 devdiscourse-reuters-abiad-toll). Words that end on a month or on "ago", within the
/// first few, right before "the", are the sentence's time, not the speaker; "earlier" and "later" close a time as "ago"
/// does ("Two days earlier the ministry"), and the "A" of "A week ago" opens the time, not an indefinite speaker
/// (<see cref="EndsTime"/>, read by <c>AnaphorResolver.IndefiniteBefore</c>; held-out in session 31's source54 scratch).
/// A weekday closes a time as a month does ("On Thursday the ministry said 506 people had been killed": Unseen52
/// alarabiya-afp-khan-younis-six-homes-strikes; branch source80).
/// Golden cases: a_month_before_the_ministry_is_no_part_of_it, a_week_ago_the_ministry_is_no_new_speaker,
/// a_weekday_before_the_ministry_is_no_part_of_it.
/// </summary>
internal static class TimeBeforeSpeaker
{
    private const int MaxTimeWords = 5;
    private static readonly WordSet Months = new(NumberContext.Months);
    // "A week ago", "Two days earlier", "Hours later" (attribution.json timeEndWords).
    private static readonly WordSet Ago = WordLists.Set("timeEndWords");
    // "On Thursday the ministry said", "Late on Saturday the ministry said" (attribution.json timeDayWords).
    private static readonly WordSet Days = WordLists.Set("timeDayWords");

    /// <summary>"ago", "earlier": a word that closes a time phrase, so an "A" before it opens the time, not a speaker.</summary>
    public static bool EndsTime(ReadOnlySpan<char> word) => Ago.Contains(word);

    /// <summary>The first token of the speaker's words, past a time phrase that opens them before "the".</summary>
    public static int Past(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first; k + 1 < last && k < first + MaxTimeWords; k++)
        {
            if (!tokens[k].IsWord || !tokens[k + 1].IsWord)
            {
                continue;
            }
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if ((((Months.Contains(word) || Days.Contains(word)) && char.IsUpper(word[0])) || Ago.Contains(word))
                && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return k + 1;
            }
        }
        return first;
    }
}
