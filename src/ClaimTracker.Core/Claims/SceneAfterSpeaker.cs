namespace ClaimTracker.Core.Claims;

/// <summary>
/// "“Medics at the scene say more than 30 people were wounded …,” she said", "Doctors here tell me …": a phrase of
/// place between a speaker's noun and its reporting verb is no part of the speaker; read back over it, the walk from the
/// verb stopped at "scene" and the quote's tag (a channel's correspondent) took the figure the medics gave (Unseen43
/// aljazeera-gaza; golden case medics_at_the_scene_inside_a_correspondents_quote). Only when an attributor word
/// (attribution.json <c>attributorWords</c>: medics, doctors, officials, witnesses) stands right before the phrase.
/// Phrases as data (speakers.json <c>scenePhrases</c>).
/// </summary>
internal static class SceneAfterSpeaker
{
    private static readonly string[][] Phrases = WordLists.Set("scenePhrases").Words
        .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    // The words the phrases end on ("scene", "ground", "here"): a speaker's last word is nearly never one of them, and
    // then no phrase needs comparing (branch `speed24`).
    private static readonly PhraseEnds Ends = new(WordLists.Set("scenePhrases"));

    /// <summary>The index of the speaker's last word when a scene phrase ends at <paramref name="end"/>, else <paramref name="end"/>.</summary>
    public static int Skip(string text, List<Token> tokens, int end)
    {
        if (end < 0 || !tokens[end].IsWord || !Ends.MayEndAt(text, tokens, end))
        {
            return end;
        }
        foreach (var phrase in Phrases)
        {
            var first = end - phrase.Length + 1;
            if (first < 1 || !tokens[first - 1].IsWord || !ClaimLexicon.AttributorWords.Contains(AttributionFinder.Word(text, tokens[first - 1])))
            {
                continue;
            }
            var k = 0;
            while (k < phrase.Length && AttributionFinder.Is(text, tokens[first + k], phrase[k]))
            {
                k++;
            }
            if (k == phrase.Length)
            {
                return first - 1;
            }
        }
        return end;
    }
}
