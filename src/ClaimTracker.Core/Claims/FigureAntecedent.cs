namespace ClaimTracker.Core.Claims;

/// <summary>
/// The count a bare figure noun stands for: "officials had counted 14 dead and 98 wounded. By Wednesday morning the
/// figure had risen to 19", "Drones struck Kharkiv, killing five people. Rescuers pulled more bodies from the rubble.
/// By late afternoon the number had risen to nine". A toll that rises is the story's lead count, its deaths: the last
/// sentence before with a claim (a sentence naming only people, such as the rescuers, is passed over), its killed claim
/// if it made one, else its last. Within the paragraph or two sentences back, never past a heading, as
/// <see cref="ClaimExtractor"/>'s look back for people. Read by <see cref="BareCount"/>. Golden case:
/// risen_figure_is_the_death_toll.
/// </summary>
internal static class FigureAntecedent
{
    private const int LookBack = 6;

    public static PeopleContext? Before(string text, List<Sentence> sentences, int si, List<ClaimDraft> drafts)
    {
        var d = ClaimExtractor.LastDraftBefore(drafts, si);
        for (var back = si - 1; back >= 0 && si - back <= LookBack; back--)
        {
            if (ClaimExtractor.LookBackStops(text, sentences, si, back))
            {
                return null;
            }
            if (d >= 0 && drafts[d].Sentence == back)
            {
                var chosen = drafts[d];
                for (var k = d; k >= 0 && drafts[k].Sentence == back; k--)
                {
                    if (drafts[k].Metric == Metric.Killed)
                    {
                        chosen = drafts[k];
                    }
                }
                return new PeopleContext(chosen.Nationalities, chosen.Noun, chosen.Military, chosen.Metric, sentences[back].Paragraph, back);
            }
        }
        return null;
    }
}
