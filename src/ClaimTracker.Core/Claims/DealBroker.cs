namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Under the US-brokered deal, Hamas released the last 20 living hostages": a nation joined by a hyphen to a word of
/// brokering ("US-brokered", "Egyptian-mediated", "Qatari-sponsored": counts.json dealBrokerParticiples) names who made
/// the deal, not the people it counts, so it gives the count no nationality (Unseen46 guardian-gaza; golden case
/// a_deals_broker_is_no_people). Read by <see cref="NationalityBeforeCount"/>.
/// </summary>
internal static class DealBroker
{
    private static readonly WordSet Participles = WordLists.Set("dealBrokerParticiples");

    /// <summary>Whether the nationality ending at token <paramref name="last"/> is joined by a hyphen to a brokering word.</summary>
    public static bool At(PeopleCountReader reader, int last) => Participles.Contains(JoinedWord(reader, last));

    /// <summary>The word joined by a hyphen right after token <paramref name="last"/> ("US-brokered": "brokered"), or empty.</summary>
    internal static ReadOnlySpan<char> JoinedWord(PeopleCountReader reader, int last)
    {
        var text = reader.Text;
        var hyphen = reader.Tokens[last].Start + reader.Tokens[last].Length;
        if (hyphen + 1 >= text.Length || text[hyphen] != '-')
        {
            return [];
        }
        var end = hyphen + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text.AsSpan(hyphen + 1, end - hyphen - 1);
    }
}
