namespace ClaimTracker.Core.Claims;

/// <summary>
/// "LIVE: Israeli strike on Gaza seafront cafe kills dozens" over a key point "Health ministry says 81 Palestinians
/// killed", "Israeli drone kills two in south Lebanon" over "…, the health ministry said": a live page or a story with
/// no dateline and no document title (<see cref="TitlePlace"/>) still sets itself in one place by its headline, and a
/// ministry it names bare is that place's, as a dateline's country would make it (Unseen18
/// aljazeera-gaza-seafront-cafe-live). Only the place a headline names as a place (after a locative, or as an attack's
/// target: "strike on Gaza"), and only when every other people it names is that place's or an attacker's ("Israeli
/// strike"); only ministries, since "the army" under such a headline is as often the attacker's. Golden cases:
/// bare_ministry_under_a_headline_placed_in_gaza, headline_naming_two_places_sets_no_ministry.
/// </summary>
internal static class HeadlinePlace
{
    private const int HeadlineChars = 160;

    /// <summary>The country of the one place the headline names, or null.</summary>
    public static string? Of(string text, List<Sentence> sentences)
    {
        if (sentences.Find(s => !s.IsFurniture) is not { } headline || !RepeatedClaims.ReadsAsHeadline(text, headline))
        {
            return null;
        }
        var tokens = new List<Token>();
        Token.Split(text, headline.Start, Math.Min(headline.End, headline.Start + HeadlineChars), tokens);
        string? place = null;
        var others = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is not var (named, count))
            {
                continue;
            }
            if (NamedAsPlace.At(text, tokens, i, count) || AttackersAdjective.IsTarget(text, tokens, i))
            {
                if (place is not null && place != named.Country)
                {
                    return null;
                }
                place = named.Country;
            }
            else if (!AttackersAdjective.At(text, tokens, i, count))
            {
                others.Add(named.Country);
            }
            i += count - 1;
        }
        return place is not null && others.TrueForAll(o => o == place) ? place : null;
    }
}
