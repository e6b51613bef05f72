using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Britain's Ministry of Defence has said … In March, the British ministry estimated": a country's ministry named by
/// its nationality alone is the ministry of that country the article named in full before, when every word it adds
/// ("ministry", "defence ministry") is in that body's full name. A ministry of that country never named before stays
/// unknown (<see cref="CountrysMinistry"/>). Golden case: the_british_ministry_is_the_one_named_before.
/// </summary>
internal static class MinistryNamedBefore
{
    private static readonly WordSet Ministries = WordLists.Set("ministryWords");

    /// <summary>
    /// The last body of <paramref name="named"/> (the attributor's country's, by sentence) at or before sentence
    /// <paramref name="si"/> that is a ministry the words <paramref name="attributorText"/> describe, or null.
    /// </summary>
    public static SourceDefinition? Find(string attributorText, List<(int Sentence, SourceDefinition Source)> named, int si)
    {
        for (var k = named.Count - 1; k >= 0; k--)
        {
            if (named[k].Sentence <= si && Describes(attributorText, named[k].Source.FullName))
            {
                return named[k].Source;
            }
        }
        return null;
    }

    // Every lower-case word after the determiner ("ministry", "defence") is in the full name, and one is "ministry".
    private static bool Describes(string attributorText, string fullName)
    {
        var ministry = false;
        foreach (var word in new SpacedWords(attributorText))
        {
            if (!char.IsLower(word[0]) || AttributionFinder.Determiners.Contains(word))
            {
                continue;
            }
            if (!fullName.AsSpan().Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            ministry |= Ministries.Contains(word);
        }
        return ministry;
    }
}
