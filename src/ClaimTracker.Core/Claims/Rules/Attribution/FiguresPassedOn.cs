using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Konashenkov also gave casualty numbers for the Ukrainian side: more than 2,840 killed, …, according to Al Jazeera";
/// "The ministry released figures for the month: 310 killed": a speaker that opens the clause and passes figures on
/// (attribution.json passingOnVerbs followed within three words by a passedOnNouns word) says them, though no
/// reporting verb stands in the sentence. Before, the outlet cited after the list was the sentence's only cue and
/// took the figures (Unseen64 theweek rows 86-88: the gold keeps them with the speaker). The speaker is a registered
/// body or person, or a bare surname, which <see cref="SurnameSpeaker"/> matches to its earlier full mention ("Defence
/// Ministry spokesman Igor Konashenkov" … "Konashenkov"). An unnamed passer-on ("A regional governor relayed news of")
/// is not read here: <see cref="RelayedFigures"/> gives its figure no source. Golden case:
/// a_named_speaker_passes_figures_on (near-miss: "Reporters were given figures" names nobody).
/// </summary>
internal sealed class FiguresPassedOn : AttributionFrame
{
    public static readonly FiguresPassedOn Frame = new();

    internal static readonly WordSet Verbs = WordLists.Set("passingOnVerbs");
    private static readonly WordSet Nouns = WordLists.Set("passedOnNouns");
    // Words between the verb and its figures noun ("gave casualty numbers", "relayed the latest figures").
    private const int NounReach = 3;

    private FiguresPassedOn()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (!Verbs.Contains(AttributionFinder.Word(text, tokens[cue])) || !FiguresNounAfter(text, tokens, cue))
        {
            return false;
        }
        var k = cue - 1;
        while (k >= 0 && tokens[k].IsWord && ClaimLexicon.AttributorAdverbs.Contains(AttributionFinder.Word(text, tokens[k])) && char.IsLower(text[tokens[k].Start]))
        {
            k--;
        }
        if (k < 0 || !tokens[k].IsWord)
        {
            return false;
        }
        var first = BodysOwnWork.Body(text, tokens, k, mentions) is { } mention ? FirstOf(tokens, k, mention) : Surname(text, tokens, k);
        if (first < 0 || !BodysOwnWork.OpensClause(text, tokens, first))
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, k, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }

    private static bool FiguresNounAfter(string text, List<Token> tokens, int cue)
    {
        for (var n = cue + 1; n < tokens.Count && n <= cue + NounReach && tokens[n].IsWord; n++)
        {
            if (Nouns.Contains(AttributionFinder.Word(text, tokens[n])))
            {
                return true;
            }
        }
        return false;
    }

    private static int FirstOf(List<Token> tokens, int k, SourceMention mention)
    {
        var first = k;
        while (first > 0 && tokens[first - 1].Start >= mention.Start)
        {
            first--;
        }
        return first;
    }

    // A single capitalised word opening the clause ("Konashenkov also gave"): a surname, resolved later to its full
    // mention; a determiner, a pronoun or a describing noun ("The", "He", "Residents", "Officials") is none.
    private static int Surname(string text, List<Token> tokens, int k)
    {
        var word = AttributionFinder.Word(text, tokens[k]);
        return char.IsUpper(word[0]) && word.Length > 2 && !AttributionFinder.Determiners.Contains(word) && !ClaimLexicon.Pronouns.Contains(word)
            && !ClaimLexicon.AttributorWords.Contains(word) ? k : -1;
    }
}
