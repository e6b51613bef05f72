namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, according to the General Coordination for Displaced Persons and Refugees in Darfur. The group's spokesperson,
/// Adam Rojal, wrote on Facebook that at least four people had been killed": "the group" whose spokesperson speaks is
/// the body the sentence just before credited by its own name, one the registry does not hold, so the figure credits no
/// registry body. Read as "the group said" it reached back to the last armed group named, the RSF the post accuses
/// (Unseen77 trtafrika-el-fasher). The same hand-over, "a local resistance group said … A spokesman for the group said",
/// is already read for that wording (<see cref="DescriptionBeforeName"/>, Reporting myanmar-monastery-strike); this reads
/// the possessive. Only a body noun
/// (<c>AnaphorResolver</c>'s group nouns) and only a speaker of the sentence before that is a proper name of two
/// capitalised words or more, not a generic voice ("activists", "the group"). Golden case:
/// the_groups_spokesperson_after_an_unregistered_body.
/// </summary>
internal static class NamedGroupBefore
{
    /// <summary>Whether the owner "the group" continues the unregistered body the sentence before named.</summary>
    public static bool Holds(string owner, WordSet groupNouns, List<Attributor>? previousSentence)
    {
        if (previousSentence is not [.., { Source: null } last] || last.IsGeneric)
        {
            return false;
        }
        var span = owner.AsSpan().TrimEnd();
        return groupNouns.Contains(span[(span.LastIndexOf(' ') + 1)..]) && CapitalisedWords(last.Text) >= 2;
    }

    private static int CapitalisedWords(string words)
    {
        var count = 0;
        foreach (var part in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(part[0]) && !part.Equals("The", StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }
}
