namespace ClaimTracker.Core.Claims;

/// <summary>
/// The country a story is about, for soldiers counted without their country: "MOGADISHU (AFP) — … their fighters had
/// killed 27 soldiers", "NIAMEY — … 12 soldiers were killed": in a story datelined in one country, soldiers counted with
/// no nationality, in a sentence naming no other people, on no one's word or on a body of that country, are that
/// country's. Not when the story counts another country's soldiers anywhere (a story from Seoul about North Korean troops,
/// from Kyiv about Russian losses), nor for a force of others such as peacekeepers or an international mission's troops
/// (their source is no body of the country). A territory with no army of its own lends its soldiers the army that fights
/// there (<see cref="TerritoryWithoutArmy"/>: "DEIR AL-BALAH, Gaza Strip (AP) — … The military has said it is calling up
/// 55,000 reservists" are Israel's, Unseen38 journalnews). Golden cases: soldiers_of_the_dateline_country,
/// soldiers_of_the_dateline_country_not_when_others_are_counted, reservists_called_up_in_a_gaza_story.
/// </summary>
internal static class StoryCountry
{
    private static readonly WordSet DistinctForces = WordLists.Set("distinctForces");

    /// <summary>The dateline's country when every soldier the story gives a nationality is that country's; else null.</summary>
    public static Nationality? Of(string? datelineCountry, List<ClaimDraft> drafts)
    {
        if (Nationality.OfCountry(datelineCountry) is not { } dateline)
        {
            return null;
        }
        return drafts.TrueForAll(d => !d.Military || d.Nationalities.Count == 0 || (d.Nationalities.Count == 1 && d.Nationalities[0] == dateline.Adjective))
            ? dateline
            : null;
    }

    /// <summary>The story's country for soldiers with no nationality of their own, or null.</summary>
    public static Nationality? Soldiers(ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, Nationality? story) =>
        story is not null && draft.Noun == "troops" && draft.AsideOf is null && (draft.NounWord is not { } word || !DistinctForces.Contains(word))
        && (draft.Source is null || draft.Source.Country == story.Country)
        && named.TrueForAll(n => n.AsPlace && n.People.Country == story.Country)
            ? TerritoryWithoutArmy.ArmyIn(story.Country) ?? story
            : null;
}
