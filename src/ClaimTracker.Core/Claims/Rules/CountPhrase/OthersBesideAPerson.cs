namespace ClaimTracker.Core.Claims;

/// <summary>
/// "a Russian missile hit Dnipro, killing a 14-year-old and three others", "killed a 61-year-old man and wounded four
/// others": "N others" right after one person the clause has just named ("a 14-year-old", "a woman"; people.json
/// <c>othersCompanions</c>, the age compound's last word "old" among them), with at most one verb between the "and" and
/// the count, are people like that person. With no earlier count in the sentence, "others" would otherwise take the
/// people of the sentences before, and a sentence naming only the attackers ("Russian forces pummeled the city")
/// made them Russian troops (Unseen59 ap-kyiv-highrise). A soldier or a fighter named so is not in the list: their
/// companions are left to the other rules. Read by <see cref="NamedPeople"/> only for "others" with no earlier count.
/// Golden cases: others_beside_an_age_are_people, others_beside_a_soldier_keep_the_force.
/// </summary>
internal static class OthersBesideAPerson
{
    private static readonly WordSet Companions = WordLists.Set("othersCompanions");

    /// <summary>Whether the count at <paramref name="phrase"/> follows "and" (perhaps and one lower-case verb) after a person word.</summary>
    public static bool Follows(PeopleCountReader reader, CountPhrase phrase)
    {
        var before = phrase.TokenBefore;
        if (before >= 1 && !reader.Is(before, "and") && reader.Tokens[before].IsWord && char.IsLower(reader.Text[reader.Tokens[before].Start]))
        {
            before--;
        }
        return before >= 1 && before > phrase.PreviousBound + 1 && reader.Is(before, "and") && reader.IsIn(before - 1, Companions);
    }
}
