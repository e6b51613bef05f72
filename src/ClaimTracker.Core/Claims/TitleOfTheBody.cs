namespace ClaimTracker.Core.Claims;

/// <summary>
/// "said Danielle Bell, head of the mission", "Olena Marchuk, spokesperson for the agency, told reporters": a person the
/// registry does not know, followed by a title of a body the story has named by its noun. The person speaks for that
/// body, found as "the mission" would be; describing words may stand before the noun and a place after it ("an official
/// with the civil defence agency in northern Gaza", <see cref="TitledOwner"/>, branch source71). Golden cases:
/// head_of_the_mission_and_her_team, an_official_with_the_civil_defence_agency.
/// </summary>
internal static class TitleOfTheBody
{
    private const int MaxDescription = 60;

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
        // "head of the mission", "an official with the civil defence agency" (TitledOwner); "… agency in northern Gaza":
        // the place is where the official works, not part of the body's name.
        var owner = TitledOwner.Of(description, whole: true);
        var place = description.LastIndexOf(" in ", StringComparison.Ordinal);
        return owner ?? (place > 0 ? TitledOwner.Of(description[..place], whole: true) : null);
    }
}
