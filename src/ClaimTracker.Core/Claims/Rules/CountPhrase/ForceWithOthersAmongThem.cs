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

    private static readonly WordSet Qualifiers = WordLists.Set("partQualifiers");

    private ForceWithOthersAmongThem()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var aside = phrase.Noun + 2;
        if (!draft.Military || phrase.Noun < 0)
        {
            return true;
        }
        if (!reader.IsMark(phrase.Noun + 1, ','))
        {
            // "Russia had massed some 52,000 troops in the region …, among them about 11,000 from North Korea".
            if (PartFrom(reader, phrase) is { } part)
            {
                Join(reader, phrase, draft, part);
            }
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

    // The force's own people (read already, or the gatherer's) and the part's, when they differ.
    private static void Join(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft, Nationality part)
    {
        var own = draft.Nationalities.Count == 1 ? Nationality.OfPhrase(draft.Nationalities[0]) : draft.Nationalities.Count == 0 ? GathererBefore(reader, phrase.QualifierFirst) : null;
        if (own is not null && own.Country != part.Country)
        {
            draft.Nationalities = [own.Adjective, part.Adjective];
        }
    }

    // "…, among them about 11,000 from North Korea", "…, including 3,000 North Koreans": the next count of the
    // sentence, set off as a part of this one ("among them", "including" after a comma, its qualifiers between), with
    // its own people right after it or after "from". Golden cases: a_force_whose_part_comes_from_another_country,
    // a_force_whose_part_is_its_own.
    private static Nationality? PartFrom(PeopleCountReader reader, CountPhrase phrase)
    {
        var next = phrase.NextBound;
        var frame = next - 1;
        while (frame > phrase.Noun && reader.Tokens[frame].IsWord && reader.IsIn(frame, Qualifiers))
        {
            frame--;
        }
        var opens = reader.Is(frame, "including") ? frame - 1 : reader.Is(frame, "them") && reader.Is(frame - 1, "among") ? frame - 2 : -1;
        if (opens <= phrase.Noun || !reader.IsMark(opens, ',') || next >= reader.Tokens.Count)
        {
            return null;
        }
        // "11,000 from North Korea", "11,000 North Koreans".
        var after = reader.Is(next + 1, "from") ? next + 2 : next + 1;
        return after >= reader.Tokens.Count ? null : Nationality.At(reader.Text, reader.Tokens, after)?.Nationality;
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
