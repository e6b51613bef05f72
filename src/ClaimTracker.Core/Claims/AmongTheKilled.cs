namespace ClaimTracker.Core.Claims;

/// <summary>
/// "More than 350 people have been killed in Lebanon since the ceasefire … The UN human rights office said that at least
/// 127 civilians were among those killed since the truce": civilians "among those killed" (or "among the dead") are a
/// share of the toll the sentence before placed, so they are the people of the one country it names as the place
/// (Unseen47 afp-lebanon-kfar-dounine-teacher-strikes; the UN's verified share of a ministry's or an agency's tally).
/// Only civilians, as <see cref="CountryCivilians"/> (children stay bare by the gold convention), and only when the
/// sentence itself names no people. Words as data (populations.json <c>amongTheDead</c>, <c>countryCivilians</c>).
/// Read by <see cref="OwnPopulation"/>. Golden case: civilians_among_those_killed_in_a_country.
/// </summary>
internal static class AmongTheKilled
{
    private const int Reach = 4;
    private static readonly WordSet Nouns = WordLists.Set("countryCivilians");
    private static readonly WordSet Dead = WordLists.Set("amongTheDead");

    public static Nationality? Of(string text, List<Sentence> sentences, SentenceTokens sentenceTokens, List<Token> tokens, ClaimDraft draft, bool namesNone)
    {
        if (!namesNone || !Nouns.Contains(draft.Noun) || draft.Sentence == 0 || sentences[draft.Sentence - 1].IsHeading || !AmongThem(text, tokens, draft))
        {
            return null;
        }
        var named = new List<(Nationality People, bool AsPlace)>();
        OwnPopulation.ReadPeople(text, sentences[draft.Sentence - 1], sentenceTokens.Of(draft.Sentence - 1), named);
        return named.Count > 0 && named.TrueForAll(n => n.AsPlace && n.People.Country == named[0].People.Country) ? named[0].People : null;
    }

    // "were among those killed", "were among the dead": "among" a few words after the count, then a fate word.
    private static bool AmongThem(string text, List<Token> tokens, ClaimDraft draft)
    {
        var after = tokens.FindIndex(t => t.Start >= draft.Number.End);
        for (var k = after; k >= 0 && k < tokens.Count && k < after + Reach; k++)
        {
            if (tokens[k].IsWord && text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("among", StringComparison.OrdinalIgnoreCase))
            {
                return tokens.Skip(k + 1).Take(2).Any(t => t.IsWord && Dead.Contains(text.AsSpan(t.Start, t.Length)));
            }
        }
        return false;
    }
}
