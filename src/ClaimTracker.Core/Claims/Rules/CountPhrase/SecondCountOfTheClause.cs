namespace ClaimTracker.Core.Claims;

/// <summary>
/// A later count of a sentence does not take a nation its earlier count was read against and refused (Unseen61):
/// "Israeli troops detained two of its staff and two of their relatives" (the troops' nation is the detainers', and
/// "two of its staff" took none of it, so "two of their relatives" takes none either); "Sudan's war between the army and
/// the RSF … has killed tens of thousands of people and uprooted more than 13 million" (fifteen older rows of the same
/// words are plain people); "At least 73 civilians … have been killed by Israeli forces in Lebanon …, and more than
/// 91,000 people are still displaced" (the agent of the earlier count's passive, after "by", names the killers, not
/// the displaced). Read by <see cref="NationalityBeforeCount"/> as it walks left from the count: the walk stops once it
/// crosses an earlier count of the sentence that has no nation, and a nation after "by" that follows an earlier count is
/// that count's agent. Golden cases: a_second_count_keeps_the_first_counts_bare_reading,
/// a_passives_agent_is_not_a_later_counts_people, a_second_count_takes_its_own_nation (control).
/// </summary>
internal static class SecondCountOfTheClause
{
    private static readonly WordSet AgentMarkers = WordLists.Set("passiveAgentMarkers");

    /// <summary>Whether the leftward walk at token <paramref name="i"/> has crossed an earlier count that took no nation.</summary>
    public static bool Stops(CountPhrase phrase, int i) =>
        phrase.Previous is { Nationalities.Count: 0, Military: false } && phrase.PreviousBound >= 0 && i <= phrase.PreviousBound;

    /// <summary>Whether the nation starting at token <paramref name="s"/> is the agent of an earlier count's passive ("killed by Israeli forces").</summary>
    public static bool PassiveAgent(PeopleCountReader reader, CountPhrase phrase, int s)
    {
        if (phrase.Previous is null || phrase.PreviousBound < 0 || s <= phrase.PreviousBound)
        {
            return false;
        }
        var before = s - 1;
        while (before > phrase.PreviousBound && !reader.Tokens[before].IsWord)
        {
            before--;
        }
        return before > phrase.PreviousBound && reader.IsIn(before, AgentMarkers);
    }
}
