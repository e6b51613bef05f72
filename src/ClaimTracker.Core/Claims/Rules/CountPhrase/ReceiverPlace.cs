namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country named after a locative before a receiving verb is where the receiver stands, not the receiver: "In North
/// Darfur, MSF teams in Tawila received 46 wounded people", "In Ukraine's Sumy region, the hospital received 27 injured
/// people" count people a hospital took in, bare as the gold sets keep people outside Gaza (Unseen36
/// msf-nyala-airstrikes-war-wounded-release); "Kyiv also received the bodies of 757 soldiers" still names the side that
/// receives them. The locatives are populations.json <c>locatives</c>, as <see cref="CountryAsPlace"/> reads them.
/// A town's region or country after a comma ("in El Fasher, North Darfur,") places the town the same way.
/// Read by <see cref="ReceivingCountry"/>. Golden cases: a_place_before_the_receiver_lends_no_people,
/// a_towns_region_before_the_receiver_lends_no_people.
/// </summary>
internal static class ReceiverPlace
{
    private const int CountryWords = 3;
    private const int TownWords = 3;
    private static readonly WordSet Locatives = WordLists.Set("locatives");
    private static readonly WordSet Compass = WordLists.Set("compassWords");

    /// <summary>Whether the country ending at token <paramref name="end"/> follows a locative ("In North Darfur").</summary>
    public static bool At(PeopleCountReader reader, int end)
    {
        for (var start = Math.Max(0, end - CountryWords + 1); start <= end; start++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, start) is { } named && start + named.Tokens - 1 == end)
            {
                // "In North Darfur": a compass word may stand between the locative and the name.
                var before = reader.IsIn(start - 1, Compass) ? start - 2 : start - 1;
                // "Sudan: MSF receives 176 wounded in El Fasher": a headline's country label names the story's place.
                return reader.IsIn(start - 1, Locatives) || reader.IsIn(before, Locatives) || AfterATown(reader, before) || reader.IsMark(end + 1, ':');
            }
        }
        return false;
    }

    // "the hospital that MSF supports in El Fasher, North Darfur, has received 176 wounded patients": the country or
    // region set off by a comma after a town the locative placed is where the town lies (Unseen53
    // msf-el-fasher-wounded-first-48-hours, gold bare patients; MSF's releases place every hospital so: "in Tawila,
    // North Darfur", "in Nyala, South Darfur").
    private static bool AfterATown(PeopleCountReader reader, int comma)
    {
        if (comma < 2 || reader.Tokens[comma].IsWord || reader.Text[reader.Tokens[comma].Start] != ',')
        {
            return false;
        }
        for (var k = comma - 1; k >= 0 && k > comma - 1 - TownWords; k--)
        {
            if (!reader.Tokens[k].IsWord || !char.IsUpper(reader.Text[reader.Tokens[k].Start]))
            {
                return reader.IsIn(k, Locatives);
            }
        }
        return false;
    }
}
