using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// One person set apart from a count just made is a count: "had killed four Palestinians in Khan Younis, one of them a
/// teenager", "Two more people, one of them a child, died". After a comma, "one of them" and a singular person ("a
/// child", "a teenager", "a woman") count that person among the people before, as "including one child" does; a lone
/// "one of them said" stays a story about a person. Golden case: one_of_them_a_child.
/// </summary>
internal static class OneOfThem
{
    public static bool At(PeopleCountReader reader, NumberMention number, int first, int last)
    {
        var tokens = reader.Tokens;
        var person = last + 4;
        return number.Value == 1 && first > 0 && !tokens[first - 1].IsWord && reader.Text[tokens[first - 1].Start] == ','
            && reader.Is(last + 1, "of") && reader.Is(last + 2, "them") && (reader.Is(last + 3, "a") || reader.Is(last + 3, "an"))
            && person < tokens.Count && tokens[person].IsWord && ClaimLexicon.SingularPeople.Contains(reader.Word(person));
    }
}
