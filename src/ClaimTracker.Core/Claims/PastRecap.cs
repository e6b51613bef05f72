namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The ceasefire ended more than a year of hostilities …, according to Lebanese authorities. ¶ … Last month, an Israeli
/// drone attack in the south killed five people, including three children", "By the time the ceasefire was agreed,
/// more than 4,000 people had been killed": a sentence that opens on a time before the story's own ("Last month,", "Two
/// weeks ago,", "By the time …", "Before the assault,") recaps earlier events in the writer's voice. With no frame of its own it
/// does not inherit a speaker named in an earlier paragraph, whose statement was about the news of the day
/// (attribution.json recapOpeners). A speaker of the same paragraph still carries ("The ministry said 12 were killed
/// today. Last week, strikes killed 40"). Golden cases: a_recap_of_earlier_events_inherits_no_speaker,
/// a_recap_before_the_assault_inherits_no_speaker.
/// </summary>
internal static class PastRecap
{
    private static readonly WordSet Openers = WordLists.Set("recapOpeners");
    // How far into the sentence the opener's comma may stand: "Two weeks ago,", "By the time the ceasefire was agreed,".
    private const int Reach = 60;

    /// <summary>Whether <paramref name="sentence"/> opens on a time before the story's own.</summary>
    public static bool Opens(string text, Sentence sentence)
    {
        var length = Math.Min(Reach, sentence.End - sentence.Start);
        var opening = text.AsSpan(sentence.Start, length).TrimStart();
        foreach (var opener in Openers.Words)
        {
            if (opening.StartsWith(opener, StringComparison.OrdinalIgnoreCase)
                && (opening.Length == opener.Length || !char.IsLetter(opening[opener.Length])))
            {
                return true;
            }
        }
        var comma = opening.IndexOf(',');
        return comma > 0 && opening[..comma].TrimEnd().EndsWith(" ago", StringComparison.OrdinalIgnoreCase)
            && !opening[..comma].Contains(" days ago", StringComparison.OrdinalIgnoreCase);
    }
}
