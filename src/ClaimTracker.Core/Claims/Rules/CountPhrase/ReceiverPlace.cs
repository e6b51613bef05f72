namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country named after a locative before a receiving verb is where the receiver stands, not the receiver: "In North
/// Darfur, MSF teams in Tawila received 46 wounded people", "In Ukraine's Sumy region, the hospital received 27 injured
/// people" count people a hospital took in, bare as the gold sets keep people outside Gaza (Unseen36
/// msf-nyala-airstrikes-war-wounded-release); "Kyiv also received the bodies of 757 soldiers" still names the side that
/// receives them. The locatives are populations.json <c>locatives</c>, as <see cref="CountryAsPlace"/> reads them.
/// Read by <see cref="ReceivingCountry"/>. Golden case: a_place_before_the_receiver_lends_no_people.
/// </summary>
internal static class ReceiverPlace
{
    private const int CountryWords = 3;
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
                return reader.IsIn(start - 1, Locatives) || (reader.IsIn(start - 1, Compass) && reader.IsIn(start - 2, Locatives));
            }
        }
        return false;
    }
}
