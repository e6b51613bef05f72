namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russia had gathered a force of 45,000 troops, North Koreans among them", "Moscow had massed a force of 40,000
/// troops, with North Koreans among them": a force a country gathers, with another people among its men, is both
/// peoples' (the golds' "Russian and North Korean troops"), not the aside's people alone. The model: a military count,
/// a comma, "with" or nothing, a people and "among them"; the gathering country is the nearest one before the count
/// (a country, its capital or its people), else the aside's people alone. Unseen40 babel. Golden case:
/// a_force_with_others_among_them.
/// </summary>
internal sealed class ForceWithOthersAmongThem : CountPhraseRule
{
    public static readonly ForceWithOthersAmongThem Rule = new();

    private ForceWithOthersAmongThem()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var aside = phrase.Noun + 2;
        if (!draft.Military || phrase.Noun < 0 || !reader.IsMark(phrase.Noun + 1, ','))
        {
            return true;
        }
        aside += reader.Is(aside, "with") ? 1 : 0;
        if (Nationality.At(reader.Text, reader.Tokens, aside) is not { } member
            || !reader.Is(aside + member.Tokens, "among") || !reader.Is(aside + member.Tokens + 1, "them"))
        {
            return true;
        }
        var gatherer = GathererBefore(reader, phrase.QualifierFirst);
        draft.Nationalities = gatherer is null || gatherer.Country == member.Nationality.Country
            ? [member.Nationality.Adjective]
            : [gatherer.Adjective, member.Nationality.Adjective];
        return true;
    }

    private static Nationality? GathererBefore(PeopleCountReader reader, int first)
    {
        for (var i = first - 1; i >= 0; i--)
        {
            if (Nationality.At(reader.Text, reader.Tokens, i) is { } named)
            {
                return named.Nationality;
            }
        }
        return null;
    }
}
