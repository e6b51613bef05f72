namespace ClaimTracker.Core.Claims;

/// <summary>
/// A total with an aside saying what it takes in: "its total casualties, counting the wounded, reach as many as
/// 500,000" (Unseen81 uawire-zelensky), "overall losses, including the injured, stand at about 300,000", "the death
/// toll, excluding the missing, is 90". The fate word inside the aside names a part the total covers, not the total's
/// own fate: reading back from a count with no metric of its own, <see cref="ClauseMetric"/> passes over such an aside
/// to the noun before it (casualties, losses: killed or wounded; toll: killed), and keeps the aside's word only when
/// nothing before it names a fate. The aside opens with a comma, dash or bracket and a lead of counts.json
/// <c>inclusionAsideLeads</c> at most <see cref="Reach"/> words before the fate word, and closes before the count.
/// Golden case: total_counting_the_wounded_keeps_its_own_fate.
/// </summary>
internal static class InclusionAside
{
    private static readonly WordSet Leads = WordLists.Set("inclusionAsideLeads");

    // Words from the lead to the fate word: "counting the wounded", "including those wounded", "plus 40 injured".
    private const int Reach = 3;

    /// <summary>
    /// The mark opening the inclusion aside that holds the fate word at <paramref name="word"/> and closes before
    /// <paramref name="qualifierFirst"/>, or -1 when the word stands in no such aside.
    /// </summary>
    public static int Opening(PeopleCountReader reader, int word, int left, int qualifierFirst)
    {
        for (var lead = word - 1; lead > left && lead >= word - Reach; lead--)
        {
            if (!reader.Tokens[lead].IsWord)
            {
                return -1;
            }
            if (reader.IsIn(lead, Leads) && CountAside.Opens(reader, lead - 1))
            {
                var close = CountAside.Close(reader, lead - 1);
                return close > word && close < qualifierFirst ? lead - 1 : -1;
            }
        }
        return -1;
    }
}
