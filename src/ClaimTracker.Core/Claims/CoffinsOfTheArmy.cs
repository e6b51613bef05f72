namespace ClaimTracker.Core.Claims;

/// <summary>
/// Coffins received with no people named hold the dead of the army the story counts: "State TV later aired footage of
/// an August 1 repatriation ceremony in which Kim received 22 flag-draped coffins flown back from Russia" (Unseen60
/// kbs-kim-ceremony-fallen-soldiers-coffins, Unseen45 kbs-world-kim-hero-ceremony-war-dead, Unseen55
/// kyivindependent-yonhap-nis-2000-dead-third-wave) counts North Korean troops killed. The sentence names no people, so
/// the people said just before it ("a banquet for bereaved families") or the country the coffins came from are not
/// theirs; the story's soldiers are, once every count has its people (the state media's "14 commanders" get their
/// nation from their speaker, late). Model: a count <see cref="ReceivedCoffins"/> marked as remains with no nation takes
/// the people of the nearest earlier count of soldiers with a nation, within the reach a story about one army keeps
/// its population (<see cref="EstablishedPopulation"/>); with none, it stays people. Golden cases:
/// coffins_flown_home_are_the_armys_dead, coffins_in_a_story_without_soldiers_stay_people.
/// </summary>
internal static class CoffinsOfTheArmy
{
    // Paragraphs back to the count of soldiers whose dead the coffins hold: a story's background reaches this far.
    private const int ParagraphsBack = 8;

    public static void Give(List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        for (var d = 0; d < drafts.Count; d++)
        {
            var coffins = drafts[d];
            if (!coffins.Remains || coffins.Nationalities.Count > 0 || Army(sentences, drafts, d) is not { } army)
            {
                continue;
            }
            (coffins.Nationalities, coffins.Noun, coffins.Military) = (army.Nationalities, "troops", true);
        }
    }

    // The nearest count of soldiers with a nation before the coffins, not an aside of another count.
    private static ClaimDraft? Army(List<Sentence> sentences, List<ClaimDraft> drafts, int d)
    {
        var paragraph = sentences[drafts[d].Sentence].Paragraph;
        for (var i = d - 1; i >= 0; i--)
        {
            var draft = drafts[i];
            if (paragraph - sentences[draft.Sentence].Paragraph > ParagraphsBack)
            {
                return null;
            }
            if (draft.Military && draft.Noun == "troops" && draft.Nationalities.Count > 0 && draft.AsideOf is null && !draft.Remains)
            {
                return draft;
            }
        }
        return null;
    }
}
