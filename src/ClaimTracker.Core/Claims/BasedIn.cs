namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Britain-based monitor", "a Washington-based group", "the Qatar-headquartered network": a country before
/// "-based" says where a body sits, so it names neither the people a sentence counts nor the place its counts are
/// (populations.json <c>basedWords</c>). Read by <see cref="NationalityBeforeCount"/> ("the Britain-based monitor said
/// 125 members of the security forces …" are not British) and <see cref="OwnPopulation"/> ("a Washington-based group
/// … confirmed 981 deaths in Iran, including 402 civilians": Iranian civilians).
/// Golden cases: based_in_a_country_is_no_people.
/// </summary>
internal static class BasedIn
{
    private static readonly WordSet BasedWords = WordLists.Set("basedWords");

    /// <summary>Whether the country named by the <paramref name="count"/> tokens at <paramref name="i"/> is where a body is based.</summary>
    public static bool At(string text, List<Token> tokens, int i, int count)
    {
        var next = i + count;
        if (next < tokens.Count && !tokens[next].IsWord && text[tokens[next].Start] is '-' or '‑' or '–')
        {
            next++;
        }
        return next < tokens.Count && tokens[next].IsWord && BasedWords.Contains(text.AsSpan(tokens[next].Start, tokens[next].Length));
    }
}
