namespace ClaimTracker.Core.Claims;

/// <summary>
/// A fighter's "we" counting the other side's dead: "One morning we counted 27 of their bodies along a single tree line",
/// "we killed 40 of their men". "Their" after a first-person speaker is not the speaker's side but the force the story
/// has been counting, so the count points back as "27 of the soldiers" does (<see cref="PartOfTheCounted"/>), and takes
/// the people of the latest earlier military count that has them (Unseen71 wvtf-npr-north-korean-troops-drone-warfare-sumy,
/// gold North Korean). Read only for "of their" and a remains or military noun right after the number (metrics.json
/// <c>remainsNouns</c>, people.json military nouns), with "we" (counts.json <c>countingWe</c>) before the number in its
/// sentence; "Hezbollah said two of their fighters were killed" has no "we" and is left to the speaker's side.
/// Golden cases: we_counted_their_bodies, their_fighters_without_we_stay_the_speakers.
/// </summary>
internal static class TheirsCountedByUs
{
    private static readonly WordSet Remains = WordLists.Set("remainsNouns");
    private static readonly WordSet CountingWe = WordLists.Set("countingWe");

    public static bool At(string text, Sentence sentence, int numberStart, int numberEnd)
    {
        var i = numberEnd;
        if (!NextWord(text, ref i, out var of) || !of.Equals("of", StringComparison.OrdinalIgnoreCase)
            || !NextWord(text, ref i, out var their) || !their.Equals("their", StringComparison.OrdinalIgnoreCase)
            || !NextWord(text, ref i, out var noun) || !(Remains.Contains(noun) || ClaimLexicon.MilitaryNouns.Contains(noun)))
        {
            return false;
        }
        return WeBefore(text, sentence.Start, numberStart);
    }

    private static bool WeBefore(string text, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            var first = j;
            while (j < end && char.IsLetter(text[j]))
            {
                j++;
            }
            if (j > first && CountingWe.Contains(text.AsSpan(first, j - first)))
            {
                return true;
            }
        }
        return false;
    }

    // The next word from `i` on, over spaces and quotation marks only; `i` is left after it.
    private static bool NextWord(string text, ref int i, out ReadOnlySpan<char> word)
    {
        while (i < text.Length && !char.IsLetter(text[i]) && (text[i] == ' ' || text[i] == '"' || text[i] == '“' || text[i] == ',' || text[i] == '‘' || text[i] == '\''))
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        word = text.AsSpan(start, i - start);
        return i > start;
    }
}
