namespace ClaimTracker.Core.Claims;

/// <summary>
/// "some 230 servicemen of Russian and North Korean units had been killed", "around 90 soldiers of North Korean and
/// Russian units": soldiers of the units of two peoples are both peoples' (the golds' "Russian and North Korean troops"),
/// not the second's alone. The model: a military noun, "of", two nationalities joined by "and", a unit word
/// (populations.json <c>foeGroupUnits</c>). Unseen40 nafoforum. Golden case: soldiers_of_two_nations_units.
/// </summary>
internal sealed class UnitsOfNations : CountPhraseRule
{
    public static readonly UnitsOfNations Rule = new();

    private static readonly WordSet Units = WordLists.Set("foeGroupUnits");

    private UnitsOfNations()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var of = phrase.Noun + 1;
        if (!draft.Military || phrase.Noun < 0 || !reader.Is(of, "of")
            || Nationality.At(reader.Text, reader.Tokens, of + 1) is not { } first
            || !reader.Is(of + 1 + first.Tokens, "and")
            || Nationality.At(reader.Text, reader.Tokens, of + 2 + first.Tokens) is not { } second
            || !reader.IsIn(of + 2 + first.Tokens + second.Tokens, Units))
        {
            return true;
        }
        draft.Nationalities = [first.Nationality.Adjective, second.Nationality.Adjective];
        return true;
    }
}
