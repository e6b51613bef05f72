namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 21 people, all of them Syrian, were killed", "40 migrants, all of whom were Eritrean, drowned": a nationality
/// said of the whole count in an apposition right after its noun is the count's people, as the copula form
/// (<see cref="NationalityAsPredicate"/>) is. Only "all": "most of them children" is a share, not the whole. Words as
/// data (counts.json <c>apposedNationalityWholes</c>, <c>apposedNationalityLinks</c>). Golden case:
/// a_nationality_apposed_to_the_whole_count.
/// </summary>
internal sealed class ApposedNationality : CountPhraseRule
{
    public static readonly ApposedNationality Rule = new();

    // "all of whom were": at most three linking words between the whole and the nationality.
    private const int LinkReach = 3;

    private static readonly WordSet Wholes = WordLists.Set("apposedNationalityWholes");
    private static readonly WordSet Links = WordLists.Set("apposedNationalityLinks");

    private ApposedNationality()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var comma = phrase.Noun >= 0 ? phrase.Noun + 1 : phrase.AfterCount;
        if (comma + 2 >= reader.Tokens.Count || reader.Tokens[comma].IsWord || reader.Text[reader.Tokens[comma].Start] != ',' || !reader.IsIn(comma + 1, Wholes))
        {
            return true;
        }
        var at = comma + 2;
        while (at < reader.Tokens.Count && at <= comma + 1 + LinkReach && reader.IsIn(at, Links))
        {
            at++;
        }
        if (at < reader.Tokens.Count && Nationality.At(reader.Text, reader.Tokens, at) is { } named)
        {
            draft.Nationalities = [named.Nationality.Adjective];
        }
        return true;
    }
}
