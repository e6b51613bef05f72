using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Hamas released the remaining 20 living hostages in exchange for nearly 2,000 prisoners", "Russia released 84
/// Ukrainian prisoners of war": "released" with a count for its object is a deed done to people, not a statement
/// released, so its subject speaks for no figure ("Hamas freed …" never did). The verb still reports when its object is
/// a document or a figure ("the ministry released figures showing …"). "gathered" is read the same way: "Moscow had
/// gathered about 50,000 Russian and North Korean soldiers", "Russia had gathered a force of 45,000 troops" mass people,
/// so the state is no speaker of the force's size (Unseen2 kyiv-kursk-captives, Unseen40 babel-zelensky; branch
/// source85). Golden cases: releasing_people_is_no_statement, gathering_troops_is_no_statement.
/// </summary>
internal static class ReleasedPeople
{
    private static readonly WordSet Verbs = WordLists.Set("peopleReleaseVerbs");
    private static readonly WordSet Leads = WordLists.Set("releasedCountLeads");

    /// <summary>Whether the verb at token <paramref name="i"/> releases a count of people: only lead words ("the remaining", "nearly") before a number.</summary>
    public static bool Is(string text, List<Token> tokens, int i)
    {
        if (!Verbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
        {
            return false;
        }
        for (var k = i + 1; k < tokens.Count && k <= i + 5; k++)
        {
            var t = tokens[k];
            if (char.IsDigit(text[t.Start]))
            {
                return true;
            }
            var word = text.AsSpan(t.Start, t.Length);
            if (!t.IsWord || !Leads.Contains(word))
            {
                // "a" is a lead ("released a further 40"), not the number one ("released a video").
                return t.IsWord && NumberWord.TryGet(word, out _);
            }
        }
        return false;
    }
}
