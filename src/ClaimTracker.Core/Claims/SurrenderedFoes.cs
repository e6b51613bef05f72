namespace ClaimTracker.Core.Claims;

/// <summary>
/// Fighters who surrendered, counted by the side they gave themselves up to, are that side's foe's soldiers: "The Russian
/// Defense Ministry said 771 more fighters had surrendered …, bringing the total since Monday to 1,730" and "Russia's
/// Defense Ministry says 2,439 fighters surrendered at the Azovstal steelworks" count Ukrainian troops (Unseen82
/// ap-the-latest-sievierodonetsk, Unseen79 washingtonpost-second-war-crimes-trial; their conventions: surrendered
/// fighters captured, "Ukrainian troops"). The count names no nation, and "fighters" alone reads as irregulars; the
/// speaker's country (a registered body's, else one its words name) and the opponents list (<see cref="SpeakersSide.Opponent"/>)
/// (the dateline is not read: a speaker the registry does not know names no side) say whose army they served, when the article names that country's soldiers or fighters. Counts later in the sentence with the same bare
/// people ("bringing the total to 1,730") are the same men, and so is a part of them in the next sentences that points
/// back ("Of those, 80 were wounded", "more than 1,700 of the fighters were being held"). Read after
/// <see cref="SpeakersSide"/> and before <see cref="PartOfTheCounted"/>. metrics.json <c>surrenderWords</c>,
/// populations.json <c>surrenderedNouns</c>, <c>partOfThemLeads</c>, <c>foesForceNouns</c>. Golden case: fighters_who_surrendered_are_the_foes_troops.
/// </summary>
internal static class SurrenderedFoes
{
    // Words between the count and the surrender verb ("771 more fighters had surrendered").
    private const int WordsToTheVerb = 4;

    // How many sentences on a part of the surrendered may point back to them.
    private const int SentencesOn = 2;

    private static readonly WordSet SurrenderWords = WordLists.Set("surrenderWords");
    private static readonly WordSet SurrenderedNouns = WordLists.Set("surrenderedNouns");
    private static readonly WordSet PartLeads = WordLists.Set("partOfThemLeads");
    private static readonly WordSet ForceNouns = WordLists.Set("foesForceNouns");

    public static void Give(string text, List<Sentence> sentences, List<ClaimDraft> drafts, SentenceTokens sentenceTokens)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Nationalities.Count > 0 || !SurrenderedNouns.Contains(draft.Noun) || !SurrenderAfter(text, sentenceTokens.Of(draft.Sentence), draft)
                || SpeakersSide.Speaker(draft, [], null) is not { } speaker || SpeakersSide.Opponent(speaker) is not { } foe || !NamesFoesForce(text, foe))
            {
                continue;
            }
            var noun = draft.Noun;
            for (var k = i; k < drafts.Count && drafts[k].Sentence <= draft.Sentence + SentencesOn; k++)
            {
                var later = drafts[k];
                var same = later.Sentence == draft.Sentence && later.Noun == noun;
                if (later.Nationalities.Count == 0 && (k == i || same || (later.Sentence > draft.Sentence && PartOfThem(text, sentences[later.Sentence], sentenceTokens.Of(later.Sentence), later))))
                {
                    (later.Nationalities, later.Noun, later.Military) = ([foe.Adjective], "troops", true);
                }
            }
        }
    }

    // "the last Ukrainian fighters holding out", "Ukrainian soldiers in Russian hands": the article names the foe's own
    // men, so the opponents list's pair is the war told here (an army's foe in Gaza is no Lebanese force).
    private static bool NamesFoesForce(string text, Nationality foe)
    {
        foreach (var noun in ForceNouns.Words)
        {
            if (text.Contains(foe.Adjective + " " + noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // "fighters surrendered", "771 more fighters had surrendered": a surrender word a few words after the count.
    private static bool SurrenderAfter(string text, List<Token> tokens, ClaimDraft draft)
    {
        var after = tokens.FindIndex(t => t.Start >= draft.Number.End);
        for (var k = after; k >= 0 && k < tokens.Count && k <= after + WordsToTheVerb && tokens[k].IsWord; k++)
        {
            if (SurrenderWords.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                return true;
            }
        }
        return false;
    }

    // "Of those, 80 were wounded", "more than 1,700 of the fighters": a sentence opening on a part of them, or "of the"
    // plus a surrendered noun right after the count. populations.json partOfThemLeads.
    private static bool PartOfThem(string text, Sentence sentence, List<Token> tokens, ClaimDraft draft)
    {
        if (tokens.Count > 2 && Is(text, tokens[0], "of") && PartLeads.Contains(Word(text, tokens[1])) && tokens[2].End <= draft.Number.Start
            && !text.AsSpan(sentence.Start, draft.Number.Start - sentence.Start).ContainsAny(Digits))
        {
            return SurrenderedNouns.Contains(draft.Noun) || draft.Noun == "men";
        }
        var of = tokens.FindIndex(t => t.Start >= draft.Number.End);
        return of >= 0 && of + 2 < tokens.Count && Is(text, tokens[of], "of") && PartLeads.Contains(Word(text, tokens[of + 1]))
            && tokens[of + 2].IsWord && SurrenderedNouns.Contains(Word(text, tokens[of + 2]));
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);

    private static bool Is(string text, Token token, string word) => token.IsWord && Word(text, token).Equals(word, StringComparison.OrdinalIgnoreCase);
}
