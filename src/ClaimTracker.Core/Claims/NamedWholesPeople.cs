namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Palestinians killed in the series of strikes include six children and eight women": the parts a whole names
/// by its people ("The Palestinians", "the Ukrainians wounded") are that people's children and women, wherever the
/// story is. The model: the sentence's one people, in the plural after "the" with a participle after it ("The Palestinians
/// killed"), before an include verb (populations.json
/// <c>includeVerbs</c>) a few words before the count; not for soldiers, whose army the whole may not name. Read by
/// <see cref="OwnPopulation"/> before <see cref="TheDeadsPeople"/>, which gives a Gaza toll's people to "the dead
/// included". Unseen39 expressandstar (a hospital's toll, so no Gaza body gave the Palestinians). Golden case:
/// parts_of_a_named_whole.
/// </summary>
internal static class NamedWholesPeople
{
    // "include six children and eight women": the second part stands four words after the verb.
    private const int Reach = 5;
    private static readonly WordSet IncludeVerbs = WordLists.Set("includeVerbs");

    /// <summary>The people of the whole that includes <paramref name="draft"/>'s count; <paramref name="tokens"/> are its sentence's.</summary>
    public static IReadOnlyList<string>? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.Military)
        {
            return null;
        }
        var count = CountToken.At(tokens, draft.Number.Start);
        if (count < 2)
        {
            return null;
        }
        var include = -1;
        for (var i = count - 1; i >= 0 && i >= count - Reach; i--)
        {
            if (tokens[i].IsWord && IncludeVerbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                include = i;
                break;
            }
        }
        // The whole must stand before an include verb, so with none in reach no people can be read: leave before the walk
        // that asks Nationality.At of every word of the sentence, once for each of its counts (issue 10 deliver 4).
        if (include < 0)
        {
            return null;
        }
        Nationality? whole = null;
        var others = new HashSet<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is not { } named)
            {
                continue;
            }
            if (whole is null && i >= 1 && i < include && IsThe(text, tokens[i - 1]) && NamesTheDead(text, tokens, i + named.Tokens))
            {
                whole = named.Nationality;
            }
            others.Add(named.Nationality.Country);
            i += named.Tokens - 1;
        }
        // "The Palestinians killed … include two Egyptians": a second people named says whose the parts are.
        return whole is not null && others.Count == 1 ? [whole.Adjective] : null;
    }

    // "The Palestinians killed", "the Ukrainians wounded": a people in the plural and a participle after it, not a body
    // or place the people names ("The Sudan Doctors Network said the dead included", "the Beirut-based group").
    private static bool NamesTheDead(string text, List<Token> tokens, int after) =>
        after < tokens.Count && tokens[after].IsWord && text[tokens[after - 1].End - 1] == 's'
        && PeopleWords.IsVerbLike(text.AsSpan(tokens[after].Start, tokens[after].Length));

    private static bool IsThe(string text, Token token) =>
        token.IsWord && text.AsSpan(token.Start, token.Length).Equals("the", StringComparison.OrdinalIgnoreCase);
}
