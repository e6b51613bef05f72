using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Libyan Red Crescent said", "the British Red Cross": an international body's name right after a people's
/// adjective names that country's own society or branch, which the registry does not hold, not the international
/// body (the ICRC). Registry names that carry the adjective themselves ("Palestinian Red Crescent") are matched whole
/// and never reach this rule. Golden case: national_red_crescent_is_not_the_icrc.
/// </summary>
internal static class NationalBranch
{
    /// <summary>The mentions without those of an international body preceded by a people's adjective.</summary>
    public static IReadOnlyList<SourceMention> Without(string text, IReadOnlyList<SourceMention> mentions) =>
        SourceMentions.Without(mentions, m => m.Source is { Country: null } && AdjectiveBefore(text, m.Start));

    private static bool AdjectiveBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && start - end < 3 && text[end - 1] == ' ')
        {
            end--;
        }
        var begin = end;
        // A short look back: the longest adjective is a few words' worth of letters.
        while (begin > 0 && end - begin < 40 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }
        if (begin == end || !char.IsUpper(text[begin]))
        {
            return false;
        }
        var word = text[begin..end];
        // Only the adjective: "Ukraine UNHCR representative" is the agency's office there, "Ukrainian Red Cross" is not the ICRC.
        return Nationality.OfPhrase(word) is { } n && n.Adjective.Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
