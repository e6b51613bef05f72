namespace ClaimTracker.Core.Claims;

/// <summary>
/// The Gaza war's parties named in a sentence do not move it out of a story set in Gaza: "In July, more than 90 people
/// were killed in a strike in the same area that Israel said targeted Hamas's military chief" (Unseen37
/// washingtonpost-mawasi, a story its opening sets in al-Mawasi), "…, when at least 27 Palestinians were killed, …
/// when at least 104 people died, according to medics" (Unseen54 wenews-reuters, datelined in Gaza City), "By midday
/// the Palestinian foreign ministry said 74 people had been killed" (Unseen17 cnn, headed "in Gaza City"): Israel as
/// the attacker or speaker, and Palestinians, are who the story is about, so the story's place still gives its bare
/// "people" Gaza's people (<see cref="OwnPopulation"/>), as a sentence that names no people does. Israel named as a
/// place ("1,200 people were killed in Israel", "attack on Israel") or any other country still does move it.
/// Unit cases: GazaWarsPartiesTests.
/// </summary>
internal static class GazaWarsParties
{
    private const string Palestinian = "PS";
    private const string Israeli = "IL";

    /// <summary>
    /// Whether a story set in Gaza keeps its place in a sentence that <paramref name="named"/> these peoples: always when
    /// it names none; when it names only the war's parties, only if a Gaza place set the story there
    /// (<paramref name="placedInGaza"/>: dateline, opening, headline or section), not a lede's count of Palestinians
    /// alone, which a West Bank story has too ("The official Palestinian news agency Wafa … said about 2,000 residents
    /// had left the camp", Unseen4 afp-jenin-raid, stays bare).
    /// </summary>
    public static bool Keep(List<(Nationality People, bool AsPlace)> named, bool placedInGaza) => named.Count == 0 || (placedInGaza && Only(named));

    /// <summary>Whether every people <paramref name="named"/> is a party to the Gaza war and Israel no place (true for none).</summary>
    public static bool Only(List<(Nationality People, bool AsPlace)> named) =>
        named.TrueForAll(n => n.People.Country == Palestinian || (n.People.Country == Israeli && !n.AsPlace));
}
