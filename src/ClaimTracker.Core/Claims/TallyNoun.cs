using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The ministry in Gaza counts 8,005 dead and 20,242 wounded", "the UN counts more than 4,200 civilians killed",
/// "Hospital director counts 58 dead": "counts" and "tallies" (attribution.json <c>reportingVerbs</c>, <c>presentTallyWords</c>) state the
/// counter's own figure, like "counted" and "tallied"; unread, the figure took the speaker of the next clause ("…;
/// Israel says about 1,400 …": Unseen82 nyt-morning; Unseen69 dailystar-live's headline; the UN human rights office's
/// "counts N civilians killed" of wire headlines). The same words are plural nouns ("Why the counts matter", "its past
/// counts have held up", "counts of the dead"): they read as verbs only when no determiner or possessive stands before
/// them and a figure, a count's lead word (<c>tallyObjectLeads</c>: "more", "about", "the", "its" …) or a capitalised
/// name follows. Golden cases: a_body_that_counts_the_dead_gives_the_figure, the_counts_as_a_noun_name_no_speaker.
/// </summary>
internal static class TallyNoun
{
    private static readonly WordSet Words = WordLists.Set("presentTallyWords");
    private static readonly WordSet ObjectLeads = WordLists.Set("tallyObjectLeads");
    private static readonly WordSet NounOpeners = WordLists.Set("tallyNounOpeners");

    /// <summary>Whether the "counts"/"tallies" at token <paramref name="i"/> is the plural noun, not the verb of a counter.</summary>
    public static bool Is(string text, List<Token> tokens, int i)
    {
        if (!Words.Contains(AttributionFinder.Word(text, tokens[i])))
        {
            return false;
        }
        if (i > 0 && tokens[i - 1].IsWord && NounOpeners.Contains(AttributionFinder.Word(text, tokens[i - 1])))
        {
            return true;
        }
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord && !char.IsDigit(text[tokens[i + 1].Start]))
        {
            return true;
        }
        var next = AttributionFinder.Word(text, tokens[i + 1]);
        return !(char.IsDigit(next[0]) || char.IsUpper(next[0]) || ObjectLeads.Contains(next) || NumberWord.TryGet(next, out _));
    }
}
