namespace ClaimTracker.Core.Claims;

/// <summary>
/// A figure repeated with "the" in a later sentence counts the people the first figure counted, fate and all: after
/// "Two North Korean soldiers captured by Ukraine in January were left out of the swap", "the two soldiers, both from the
/// same regiment, were not on the list" and "Kyiv is ready to return the two soldiers" still count prisoners; after
/// "Two Sri Lankan peacekeepers suffered minor injuries", "the two Sri Lankan soldiers had been at their base" counts
/// the wounded; after "killed four aid seekers", "the four Palestinians were shot" counts the dead. The repeat's own
/// clause says where the people are or what is done with them now, not what befell them, so its noun alone guessed
/// `deployed` or `other`. Model: a count whose number follows "the" and whose clause gave no fate (guessed from its noun)
/// takes the fate of the latest count of the same value in an earlier sentence, when that count's fate came from a
/// word (not guessed, not other), at most a few paragraphs back and not past a heading. A repeat with a fate of its
/// own keeps it ("the 20 hostages were freed": `other` from a word), and a bare "the two men" or "the two women" with
/// no fate still only points back and is dropped (<see cref="PersonsNamedBefore"/>): its noun may name other persons.
/// The Unseen sets annotate such repeats so: the two North Korean prisoners (Unseen35, Unseen68, Unseen70), the Sri
/// Lankan peacekeepers (Unseen25), the four aid seekers (Unseen41), the seven sappers (Unseen67). Golden cases:
/// the_repeated_prisoners_stay_captured, the_repeated_wounded_stay_wounded.
/// </summary>
internal static class RepeatedCountsFate
{
    // "the two soldiers" three paragraphs after the capture was reported still points back to it.
    private const int ParagraphsBack = 3;

    public static void Carry(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (!(draft.MetricGuessed || draft.Metric is null) || draft.Number.Value is not { } value
                || draft.Sentence >= sentences.Count || !DefiniteRepeat.AfterThe(text, draft.Number.Start)
                || PersonsNamedBefore.PointsBack(text, draft))
            {
                continue;
            }
            if (Repeated(sentences, drafts, i, value) is { } earlier)
            {
                draft.Metric = earlier.Metric;
                draft.MetricGuessed = false;
            }
        }
    }

    // The latest count of the same value in an earlier sentence, when its fate came from a word.
    private static ClaimDraft? Repeated(List<Sentence> sentences, List<ClaimDraft> drafts, int i, double value)
    {
        var si = drafts[i].Sentence;
        for (var j = i - 1; j >= 0; j--)
        {
            var earlier = drafts[j];
            var back = earlier.Sentence;
            if (back == si || earlier.Number.Value != value)
            {
                continue;
            }
            if (sentences[si].Paragraph - sentences[back].Paragraph > ParagraphsBack || HeadingBetween(sentences, back, si))
            {
                return null;
            }
            return earlier.Metric is { } m && m != Metric.Other && !earlier.MetricGuessed ? earlier : null;
        }
        return null;
    }

    private static bool HeadingBetween(List<Sentence> sentences, int back, int si)
    {
        for (var k = back + 1; k < si; k++)
        {
            if (sentences[k].IsHeading)
            {
                return true;
            }
        }
        return false;
    }
}
