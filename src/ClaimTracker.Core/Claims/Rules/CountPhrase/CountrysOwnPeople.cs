namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ukrainian officials have said as many as 100 of the country's soldiers are being killed each day …, where Russian
/// forces have been making slow advances": "of the country's" after a count points back to the nation named last before
/// the count in its sentence (populations.json <c>countryAnaphors</c>: country, nation), the speaker's own here; a
/// nation named after the count ("Russian forces") is not the one pointed back to. With no nation before it the count
/// is left to the other rules. Unseen43 rferl-kropyvnytskyi. Golden cases:
/// the_countrys_soldiers_are_the_nation_named_before, the_countrys_own_with_no_nation_before.
/// </summary>
internal sealed class CountrysOwnPeople : CountPhraseRule
{
    public static readonly CountrysOwnPeople Rule = new();

    // "100 of the country's soldiers": of, the, country, ', s.
    private const int PhraseTokens = 5;
    private static readonly WordSet CountryAnaphors = WordLists.Set("countryAnaphors");

    private CountrysOwnPeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count == 0 && PointsBack(reader, phrase.TokenAfter) && NamedBefore(reader, phrase.QualifierFirst) is { } people)
        {
            draft.Nationalities = [people.Adjective];
        }
        return true;
    }

    private static bool PointsBack(PeopleCountReader reader, int of) =>
        of + PhraseTokens <= reader.Tokens.Count && reader.Is(of, "of") && reader.Is(of + 1, "the") && reader.IsIn(of + 2, CountryAnaphors)
        && (reader.IsMark(of + 3, '\'') || reader.IsMark(of + 3, '’')) && reader.Is(of + 4, "s");

    private static Nationality? NamedBefore(PeopleCountReader reader, int count)
    {
        Nationality? last = null;
        for (var i = 0; i < count; i++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, i) is { } found)
            {
                last = found.Nationality;
                i += found.Tokens - 1;
            }
        }
        return last;
    }
}
