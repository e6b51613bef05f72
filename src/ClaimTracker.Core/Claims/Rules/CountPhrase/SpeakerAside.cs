namespace ClaimTracker.Core.Claims;

/// <summary>
/// A speaker set between commas after the count is no part of what happened to it: "Two of his sons, he said, were shot
/// dead at a checkpoint", "Another three hundred or so, the agency says, have been detained" (Unseen76
/// aljazeera-tawila, newyorker-al-ahli); features put the speaker there to keep a witness's voice in the sentence.
/// The fate is the verb after the aside, as it would be with no speaker. The model: a comma, at most
/// <see cref="Reach"/> words ending on a verb of saying (attribution.json <c>insertedSpeakerVerbs</c>), a comma, and the
/// verb group right after it (an auxiliary, counts.json <c>auxiliaries</c>, or a fate word).
/// Read by <see cref="ClauseMetric.SkipAside"/>, for the metric only (the speaker is still read by attribution).
/// Golden case: speaker_aside_before_the_fate.
/// </summary>
internal static class SpeakerAside
{
    // "he said", "the agency says", "a local official said": a speaker is short; a longer aside says more than who spoke.
    private const int Reach = 4;

    private static readonly WordSet SayVerbs = WordLists.Set("insertedSpeakerVerbs");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    /// <summary>Whether the comma at <paramref name="open"/> opens a speaker aside that closes at <paramref name="close"/>.</summary>
    public static bool Spans(PeopleCountReader reader, int open, int close)
    {
        if (close - open < 3 || close - open > Reach + 1 || reader.Text[reader.Tokens[open].Start] != ',')
        {
            return false;
        }
        for (var i = open + 1; i < close; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
        }
        // The verb group resumes right after it: "…, he said, were shot dead"; "left the hospital on Monday, the
        // ministry said, and four were killed" closes a clause, not an aside (golden case staff_left_is_no_claim).
        return reader.IsIn(close - 1, SayVerbs) && (reader.IsIn(close + 1, Auxiliaries) || MetricWord.At(reader, close + 1, close + 2) is not null);
    }

    /// <summary>Whether the comma at <paramref name="open"/> opens a speaker aside.</summary>
    public static bool Opens(PeopleCountReader reader, int open)
    {
        if (reader.Text[reader.Tokens[open].Start] != ',')
        {
            return false;
        }
        var close = CountAside.Close(reader, open);
        return close > open && Spans(reader, open, close);
    }
}
