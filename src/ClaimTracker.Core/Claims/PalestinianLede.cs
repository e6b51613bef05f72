namespace ClaimTracker.Core.Claims;

/// <summary>
/// A story whose lede counts Palestinians is set in Gaza, as a Gaza dateline sets it: "At least 93 Palestinians were
/// killed when Israeli missiles struck a school …" makes the later "47 wounded people had been admitted", "more than 40
/// bodies" and "killing more than 290 people, according to a tally" Palestinians too, where their sentences name no other
/// people and no other country's body counts them (<see cref="OwnPopulation"/> keeps those conditions). Newspapers put the
/// byline and the date before the dateline, or give none, so the dateline alone misses these stories (Unseen14
/// middle-east-eye-gaza-school-dawn-prayer, washington-post-nuseirat-hostage-raid; golden case
/// palestinian_lede_sets_the_story_in_gaza).
/// </summary>
internal static class PalestinianLede
{
    public static bool Sets(ClaimDraft? lede, string palestinian) =>
        lede is not null && lede.Nationalities.Count == 1 && lede.Nationalities[0] == palestinian;

    /// <summary>
    /// The lede: the first count outside the headline's paragraph and crossheads. A lede that takes Gaza's population
    /// from its own sentence ("killed at least 85 people … in southern Gaza, the Gaza health ministry said") sets the
    /// story in Gaza as well, once <see cref="OwnPopulation"/> has given it (Reuters and AP stories datelined CAIRO or
    /// JERUSALEM; golden case gaza_lede_without_a_gaza_dateline), within its own entry.
    /// </summary>
    public static ClaimDraft? Of(List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        var headline = sentences.Count > 0 ? sentences[0].Paragraph : -1;
        return drafts.Find(d => sentences[d.Sentence] is { IsHeading: false, IsFurniture: false } s && s.Paragraph != headline);
    }
}
