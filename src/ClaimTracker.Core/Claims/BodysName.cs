namespace ClaimTracker.Core.Claims;

/// <summary>
/// "He blamed the Rapid Support Forces and their ally", "the Israel Defense Forces said": a capitalised people word after
/// another capitalised word that is no nationality ends a body's name, not a count's people, so a bare "put the overall
/// death toll at 79" in the next sentence does not count soldiers (Unseen10 afp-kalogi-kindergarten-strike). "North
/// Korean Soldiers" in a title-case line still names soldiers. Read by <see cref="ClaimExtractor"/> when it looks back for
/// the people a bare count counts. A capitalised people word inside a name ("the Sudan Doctors Network said", "Doctors
/// Without Borders") is no people either: "Of those who fled, at least 2,300 have reached El Obeid" after the network's
/// quote counts those who fled, not Sudanese doctors (Unseen28 doctors-network-bara-exodus-el-obeid). Golden cases:
/// a_bodys_name_is_no_people_before_a_toll, a_people_word_inside_a_name. A lowercase body whose name ends in a people
/// word ("the Ukrainian general staff said", people.json <c>peopleWordBodies</c>) is no people either: the next
/// sentence's "About 260 were killed" does not count Ukrainian staff (golden case: a_general_staff_is_no_people).
/// </summary>
internal static class BodysName
{
    private static readonly WordPhrases PeopleWordBodies = new(WordLists.Set("peopleWordBodies"));

    /// <summary>Whether the word at token <paramref name="i"/> ends, or sits inside, a capitalised name that is not a nationality.</summary>
    public static bool Ends(string text, List<Token> tokens, int i)
    {
        if (Within(text, tokens, i) || PeopleWordBodies.EndsAt(text, tokens, i))
        {
            return true;
        }
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

    // Mid-sentence, a capitalised people word followed by another capitalised word sits inside a name.
    private static bool Within(string text, List<Token> tokens, int i) =>
        i >= 1 && i + 1 < tokens.Count && char.IsUpper(text[tokens[i].Start]) && tokens[i + 1].IsWord && char.IsUpper(text[tokens[i + 1].Start]);
}
