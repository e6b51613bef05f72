namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Another seven people were killed when an Israeli strike hit a tent in Khan Younis …. It said the dead included three
/// women and a child", "Two local journalists, a pregnant woman and a child were among the dead": a count named as part
/// of "the dead" counts some of the people the toll before it counted, so it takes their people, whoever the next
/// sentence's speaker is (CBS, AP and hospital tolls in Gaza). The model: "the dead/killed/wounded … included N",
/// "among the dead/those killed were N", "N … were among the dead" (populations.json <c>deadNouns</c>, <c>includeVerbs</c>), and
/// a civilian toll of Gaza's people in one of the two sentences before; not when the sentence names a people itself.
/// Only Gaza's: elsewhere the golds leave a toll's children and women bare ("Among the dead were 19 children" of a
/// Ukrainian civilian toll, Unseen9 kyiv-independent-hrmmu-report), as <see cref="CountryCivilians"/> does. Read by <see cref="OwnPopulation"/>. Golden case:
/// the_dead_take_the_tolls_people.
/// </summary>
internal static class TheDeadsPeople
{
    private const int SentencesBack = 2;
    private const int Reach = 3;
    private static readonly string Palestinian = Nationality.OfCountry("PS")!.Adjective;
    private static readonly WordSet DeadNouns = WordLists.Set("deadNouns");
    private static readonly WordSet IncludeVerbs = WordLists.Set("includeVerbs");

    /// <summary>The people of the toll <paramref name="draft"/> is part of; <paramref name="tokens"/> are its sentence's.</summary>
    public static IReadOnlyList<string>? Of(string text, List<Token> tokens, ClaimDraft draft, List<ClaimDraft> drafts)
    {
        if (draft.Military || !PartOfTheDead(text, tokens, draft) || NamesAPeople(text, tokens, draft))
        {
            return null;
        }
        var toll = drafts.FindLast(d => d.Sentence < draft.Sentence && d.Sentence >= draft.Sentence - SentencesBack && !d.Military);
        return toll is { Nationalities: [var people] } && people == Palestinian ? toll.Nationalities : null;
    }

    internal static bool PartOfTheDead(string text, List<Token> tokens, ClaimDraft draft)
    {
        var count = CountToken.At(tokens, draft.Number.Start);
        if (count < 0)
        {
            return false;
        }
        // "the dead included three women", "Among the dead were 11 children", "Among those killed were four".
        for (var i = count - 1; i >= 2 && i >= count - Reach; i--)
        {
            if ((IncludeVerbs.Contains(Word(text, tokens[i])) || Is(text, tokens, i, "were")) && DeadNouns.Contains(Word(text, tokens[i - 1]))
                && (Is(text, tokens, i - 2, "the") || Is(text, tokens, i - 2, "those")))
            {
                return true;
            }
        }
        // "three women were among the dead": the first "among the" after the count, then a toll noun.
        var among = Among(text, tokens, count);
        return among > 0 && (Is(text, tokens, among + 1, "the") || Is(text, tokens, among + 1, "those")) && among + 2 < tokens.Count && DeadNouns.Contains(Word(text, tokens[among + 2]));
    }

    // The first "among" from token from on, or -1; a plain loop, as this runs for every civilian count.
    private static int Among(string text, List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (Is(text, tokens, i, "among"))
            {
                return i;
            }
        }
        return -1;
    }

    // "Two citizens of Jordan were among those killed", "five Lebanese": a sentence that names a people or country, or a
    // count whose own words name an owner ("of" and a name), says whose they are.
    private static bool NamesAPeople(string text, List<Token> tokens, ClaimDraft draft)
    {
        var count = tokens.FindIndex(t => t.Start >= draft.Number.Start);
        return tokens.Where((t, i) => Nationality.At(text, tokens, i) is not null
            || (i > count && i <= count + Reach && Is(text, tokens, i - 1, "of") && t.IsWord && char.IsUpper(text[t.Start]))).Any();
    }

    private static bool Is(string text, List<Token> tokens, int i, string word) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord && Word(text, tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Word(string text, Token token) => text.AsSpan(token.Start, token.Length);
}
