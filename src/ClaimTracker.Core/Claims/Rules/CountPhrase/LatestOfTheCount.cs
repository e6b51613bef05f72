namespace ClaimTracker.Core.Claims;

/// <summary>
/// A bare count that goes on from the count before it in the sentence with "another", "a further", "the latest", "the
/// last": "3,956 Ukrainians have been freed in exchanges since the invasion began, the latest 189 on Dec. 30"
/// (Unseen70 nationlk-yonhap), "officials said 3,000 people had been evacuated, the last 250 on Friday"; the same
/// construction goes unread in Reporting drc-goma-toll ("and another 900 lay in hospital morgues") and Unseen76
/// guardian-kursk ("and today another 120 came"), where the verb after the count is no verb start of
/// <see cref="ElidedNoun"/>'s. The determiner says the count is more of the same people, so <see cref="ElidedNoun"/>
/// gives it the earlier count's noun as it does after "and" or a comma, and its fate when it has none of its own. The
/// determiner (counts.json <c>continuingDeterminers</c>, after "a" or "the") follows a comma or a joining word
/// (<c>elidedLeads</c>), perhaps past a time word ("and today another 95 arrived"; <c>continuingTimeWords</c>); a noun
/// of things after the count ("and destroyed another 300 homes") keeps it from counting people. Golden case:
/// the_latest_of_the_count.
/// </summary>
internal static class LatestOfTheCount
{
    private static readonly WordSet Determiners = WordLists.Set("continuingDeterminers");
    private static readonly WordSet Articles = WordLists.Set("continuingArticles");
    private static readonly WordSet TimeWords = WordLists.Set("continuingTimeWords");

    /// <summary>Whether the word at <paramref name="lead"/>, right before the count, is such a determiner after a join.</summary>
    public static bool Marks(PeopleCountReader reader, int lead, int previousBound, WordSet joins)
    {
        if (!reader.IsIn(lead, Determiners))
        {
            return false;
        }
        var before = lead - 1;
        if (reader.IsIn(before, Articles))
        {
            before--;
        }
        if (reader.IsIn(before, TimeWords))
        {
            before--;
        }
        return before > previousBound && (reader.IsIn(before, joins) || (!reader.Tokens[before].IsWord && reader.Text[reader.Tokens[before].Start] == ','));
    }
}
