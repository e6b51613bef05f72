namespace ClaimTracker.Core.Claims;

/// <summary>
/// Commanders counted as part of an armed group's dead keep the group's people, none, not the speaking army's:
/// "250 Hezbollah terrorists were eliminated, 21 of them commanders … those killed included five battalion commanders,
/// ten company commanders and six platoon commanders" (Unseen75 tass-idf-250-hezbollah), "its troops had killed 120
/// Hezbollah fighters … Among the dead were four battalion commanders". Not yet reached: "killed 'more than 300 Hezbollah
/// terrorists', including what it called dozens of field commanders" (Unseen80 lbci-hezbollah-denies-gallant), which is
/// read as no aside (and deployed) through "what it called". The army that gives the toll is its foes' counter, so <see cref="OwnPopulation"/>'s "an army counts its own" would
/// make them its soldiers. The model: a count of soldiers with no nation that is an aside of, or "the dead/those
/// killed … included" (<see cref="TheDeadsPeople"/>) part of, a toll of fighters or members with no nation in its own
/// sentence or the two before, and the later counts of the same list. Golden case: an_armed_groups_commanders_among_its_dead.
/// </summary>
internal static class ArmedGroupsRanks
{
    private const int SentencesBack = 2;
    private static readonly WordSet FoeNouns = WordLists.Set("foeNouns");

    /// <summary>Whether <paramref name="draft"/> counts ranks of a stateless group's dead; <paramref name="tokens"/> are its sentence's.</summary>
    public static bool Are(string text, List<Token> tokens, ClaimDraft draft, List<ClaimDraft> drafts)
    {
        if (!draft.Military || draft.Nationalities.Count > 0)
        {
            return false;
        }
        if (draft.AsideOf is { } outer)
        {
            return GroupsToll(outer);
        }
        // "…, ten company commanders and six platoon commanders": the later counts of the list share the first's fate.
        var before = drafts.IndexOf(draft) - 1;
        if (before >= 0 && drafts[before] is { Sentence: var sentence, Military: true } listed && sentence == draft.Sentence && listed.Metric == draft.Metric
            && listed.Noun == draft.Noun && Are(text, tokens, listed, drafts))
        {
            return true;
        }
        if (!TheDeadsPeople.PartOfTheDead(text, tokens, draft))
        {
            return false;
        }
        var toll = drafts.FindLast(d => d.Sentence < draft.Sentence && d.Sentence >= draft.Sentence - SentencesBack && d.Metric == Metric.Killed);
        return toll is not null && GroupsToll(toll);
    }

    // Fighters, or members of a group, killed, with no nation: an armed group's toll.
    private static bool GroupsToll(ClaimDraft toll) =>
        toll.Nationalities.Count == 0 && toll.Metric == Metric.Killed
        && (toll.Noun is "fighters" or "members" || FoeNouns.Contains(toll.NounWord ?? toll.Noun));
}
