namespace ClaimTracker.Core.Claims;

/// <summary>
/// "“Civilians are paying an unbearable price,” said Danielle Bell, head of the mission. Her team also documented the
/// detention of 31 civilians": a person's team or office, named by a possessive pronoun, works for the body that person
/// speaks for, found as "she" would be. Golden case: head_of_the_mission_and_her_team.
/// </summary>
internal static class PersonsTeam
{
    private static readonly WordSet Teams = WordLists.Set("personsTeams");

    /// <summary>"she" for "Her team", "he" for "his office"; null for other words.</summary>
    public static string? Pronoun(string words)
    {
        var span = words.AsSpan().Trim();
        var space = span.IndexOf(' ');
        if (space < 0 || !Teams.Contains(span[(space + 1)..]))
        {
            return null;
        }
        var owner = span[..space];
        return owner.Equals("her", StringComparison.OrdinalIgnoreCase) ? "she" : owner.Equals("his", StringComparison.OrdinalIgnoreCase) ? "he" : null;
    }
}
