namespace ClaimTracker.Core.Claims;

/// <summary>
/// "more than 9,000 war-wounded patients", "1,200 conflict-displaced families": a compound written solid whose second
/// part is a fate (counts.json fateCompoundHeads) right before a people noun. The fate describes the people as
/// "9,000 wounded patients" does; the first part only says how they came to it. Without it the first part ended the
/// noun phrase and the count was lost (MSF's treated war-wounded, Unseen13, 36 and 61). Golden cases:
/// FateCompoundTests.
/// </summary>
internal static class FateCompound
{
    private static readonly WordSet Heads = WordLists.Set("fateCompoundHeads");

    /// <summary>Whether a compound "word-wounded" starts at <paramref name="k"/> and a people noun follows it.</summary>
    public static bool At(PeopleCountReader reader, int k, int nextBound) => HyphenatedDescriber.SolidCompound(reader, k, nextBound, Heads);
}
