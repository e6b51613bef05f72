namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The war began when Hamas-led militants stormed southern Israel, killing some 1,200 people and taking 251 hostage":
/// a sentence opening on how the war or the fighting began is the writer's background, so the speaker of the figures
/// before it is not carried into it (attribution.json backgroundNouns, backgroundVerbs). Golden case:
/// background_narration_carries_no_speaker.
/// </summary>
internal static class BackgroundNarration
{
    // "The war began", "The conflict in Sudan erupted": the verb within a few words of the opening noun.
    private const int Reach = 4;

    private static readonly WordSet Nouns = WordLists.Set("backgroundNouns");
    private static readonly WordSet Verbs = WordLists.Set("backgroundVerbs");

    public static bool Opens(string text, Sentence sentence)
    {
        var words = 0;
        var sawNoun = false;
        var p = sentence.Start;
        while (p < sentence.End && words < Reach + 2)
        {
            while (p < sentence.End && !char.IsLetter(text[p]))
            {
                p++;
            }
            var start = p;
            while (p < sentence.End && char.IsLetter(text[p]))
            {
                p++;
            }
            if (p == start)
            {
                return false;
            }
            var word = text.AsSpan(start, p - start);
            if (words == 0 && !word.Equals("the", StringComparison.OrdinalIgnoreCase) && !word.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            if (words == 1)
            {
                sawNoun = Nouns.Contains(word);
                if (!sawNoun)
                {
                    return false;
                }
            }
            if (words > 1 && Verbs.Contains(word))
            {
                return true;
            }
            words++;
        }
        return false;
    }
}
