namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Two people were killed and seven others wounded in separate Israeli drone strikes … Two brothers were killed when
/// an Israeli drone struck a vehicle near the town of Shebaa" (Unseen55 trtworld-aa-shebaa): a count named by a kinship
/// noun (people.json <c>kinPeople</c>: brothers, sisters, cousins …) is a family, a group of its own, which annotators
/// list apart from a lede's toll of the same size even though both read as "people". So two body statements of one
/// figure whose nouns right after the number differ, one of them a kinship noun, are two claims; the same kinship noun
/// twice ("Two brothers … the two brothers") is still a repeat, and a headline still folds in (RepeatedClaims reads a
/// heading on its figure alone). Golden case: kin_count_is_no_repeat_of_the_lede.
/// </summary>
internal static class KinGroup
{
    private static readonly WordSet Kin = WordLists.Set("kinPeople");

    public static bool Differs(ExtractedClaim a, ExtractedClaim b)
    {
        var nounA = OtherGroup.WordAfter(a);
        var nounB = OtherGroup.WordAfter(b);
        return (Kin.Contains(nounA) || Kin.Contains(nounB)) && !nounA.Equals(nounB, StringComparison.OrdinalIgnoreCase);
    }
}
