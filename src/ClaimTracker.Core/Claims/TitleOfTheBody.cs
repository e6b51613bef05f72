namespace ClaimTracker.Core.Claims;

/// <summary>
/// "said Danielle Bell, head of the mission", "Olena Marchuk, spokesperson for the agency, told reporters": a person the
/// registry does not know, followed by a title of a body the story has named by its noun. The person speaks for that
/// body, found as "the mission" would be. Golden case: head_of_the_mission_and_her_team.
/// </summary>
internal static class TitleOfTheBody
{
    private const int MaxDescription = 60;
    private static readonly WordSet Titles = WordLists.Set("appositionTitles");
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");

    /// <summary>"the mission" for a speaker followed by ", head of the mission", or null.</summary>
    public static string? Owner(string text, Attributor speaker)
    {
        var at = speaker.End;
        if (at + 2 >= text.Length || text[at] != ',' || text[at + 1] != ' ')
        {
            return null;
        }
        var description = text.AsSpan(at + 2, Math.Min(MaxDescription, text.Length - at - 2));
        var end = description.IndexOfAny(",;.\n");
        description = end < 0 ? description : description[..end];
        // title, "of"/"for", "the", the body's noun: four words exactly.
        Span<Range> words = stackalloc Range[5];
        if (description.Split(words, ' ') != 4)
        {
            return null;
        }
        var title = description[words[0]];
        var of = description[words[1]];
        var noun = description[words[3]];
        return Titles.Contains(title) && (of.Equals("of", StringComparison.Ordinal) || of.Equals("for", StringComparison.Ordinal))
            && description[words[2]].Equals("the", StringComparison.Ordinal) && Owners.Contains(noun)
            ? "the " + noun.ToString()
            : null;
    }
}
