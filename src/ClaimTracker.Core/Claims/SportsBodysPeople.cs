namespace ClaimTracker.Core.Claims;

/// <summary>
/// A national sports body counts its own country's sports people: "The Sudan Football Association says at least 31
/// registered players and coaches have been killed" (Unseen78 bbcsport, gold Sudanese), "the Palestinian Football
/// Association said at least 88 athletes had been killed" (Unseen78 aljazeera and the stored pages' PFA tolls: Press TV,
/// Anadolu, Egyptian Streets). Sports people (populations.json <c>sportsPeopleNouns</c>) with no nation, in a sentence
/// that names one country and only right before a capitalised sports word (<c>sportsBodyWords</c>: Football, Olympic,
/// Athletics …), take that country. The country of a body's name is no place for other counts
/// (<see cref="CountryInABodysName"/>); civilians and soldiers are not read here. Golden cases:
/// sports_body_counts_its_own_players, sports_bodies_of_two_countries_leave_players_bare.
/// </summary>
internal static class SportsBodysPeople
{
    private static readonly WordSet Nouns = WordLists.Set("sportsPeopleNouns");
    private static readonly WordSet BodyWords = WordLists.Set("sportsBodyWords");

    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.Military || !Nouns.Contains(draft.Noun))
        {
            return null;
        }
        Nationality? body = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is not { } named)
            {
                continue;
            }
            var next = i + named.Tokens;
            var ofABody = next < tokens.Count && tokens[next].IsWord && char.IsUpper(text[tokens[next].Start])
                && BodyWords.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length));
            if (!ofABody || (body is not null && body.Country != named.Nationality.Country))
            {
                return null; // a people or place named otherwise, or two countries' bodies
            }
            body = named.Nationality;
            i = next;
        }
        return body;
    }
}
