namespace ClaimTracker.Core.Claims;

/// <summary>
/// "He blamed the Rapid Support Forces and their ally", "the Israel Defense Forces said": a capitalised people word after
/// another capitalised word that is no nationality ends a body's name, not a count's people, so a bare "put the overall
/// death toll at 79" in the next sentence does not count soldiers (Unseen10 afp-kalogi-kindergarten-strike). "North
/// Korean Soldiers" in a title-case line still names soldiers. Read by <see cref="ClaimExtractor"/> when it looks back for
/// the people a bare count counts. Golden cases: a_bodys_name_is_no_people_before_a_toll.
/// </summary>
internal static class BodysName
{
    /// <summary>Whether the word at token <paramref name="i"/> ends a capitalised name that is not a nationality.</summary>
    public static bool Ends(string text, List<Token> tokens, int i)
    {
        if (i < 1 || !char.IsUpper(text[tokens[i].Start]) || !tokens[i - 1].IsWord || !char.IsUpper(text[tokens[i - 1].Start]))
        {
            return false;
        }
        for (var s = Math.Max(0, i - 3); s < i; s++)
        {
            if (Nationality.At(text, tokens, s) is { } n && s + n.Tokens == i)
            {
                return false;
            }
        }
        return true;
    }
}
