using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Count phrase: the hedge before the number ("more than", "some", "as many as", "no fewer than") gives the qualifier
/// and where the phrase starts; a range or a vague number keeps its own kind. The number recogniser's own hedge wins,
/// except "over" right after a verb it completes ("each side handed over 160 prisoners", "turned over 30 suspects"):
/// there it is the verb's particle, not "more than" (counts.json overParticleVerbs).
/// "a conservative estimate of 60,000" and "a rough estimate of N" hedge the figure as an estimate, like "an estimated
/// N" (approximately), the article with them as "an" is with "estimated", so "bringing the total to" still stands right
/// before the phrase; a bare "an estimate of N" names an earlier figure and keeps no qualifier (the gold conventions).
/// Golden cases: fewer_than, toll_as_high_as, toll_passed_figure, handed_over_is_no_hedge, toll_approaching_a_figure,
/// a_conservative_estimate_is_approximate.
/// </summary>
internal sealed class Hedge : CountPhraseRule
{
    public static readonly Hedge Rule = new();

    /// <summary>
    /// "the toll has passed 31,200": a toll that passes a figure is more than it; a headline's present "losses top 37,350",
    /// "dead pass 2,000" too. Golden cases: toll_passed_figure, headline_losses_top_a_figure.
    /// </summary>
    public static readonly WordSet PassVerbs = WordLists.Set("passVerbs");

    /// <summary>"the number of wounded is approaching 800": a toll nearing a figure is about it. Golden case: toll_approaching_a_figure.</summary>
    public static readonly WordSet ApproachVerbs = WordLists.Set("approachVerbs");

    private static readonly WordSet OverParticleVerbs = WordLists.Set("overParticleVerbs");

    // "the top 10 commanders", "Top 20": after a determiner, or opening its sentence, "top" ranks, it is no verb of passing.
    private static readonly WordSet RankLeads = WordLists.Set("rankLeads");

    // Read when the recognizer gave no qualifier, longest first.
    private static readonly (string[] Words, Qualifier Qualifier)[] Hedges =
    [
        (["a", "conservative", "estimate", "of"], Qualifier.Approximately), (["a", "rough", "estimate", "of"], Qualifier.Approximately),
        (["no", "fewer", "than"], Qualifier.AtLeast), (["no", "less", "than"], Qualifier.AtLeast), (["no", "more", "than"], Qualifier.UpTo),
        (["as", "many", "as"], Qualifier.UpTo), (["as", "much", "as"], Qualifier.UpTo), (["as", "high", "as"], Qualifier.UpTo), (["more", "than"], Qualifier.MoreThan),
        (["at", "least"], Qualifier.AtLeast), (["up", "to"], Qualifier.UpTo), (["fewer", "than"], Qualifier.LessThan),
        (["less", "than"], Qualifier.LessThan), (["an", "estimated"], Qualifier.Approximately), (["close", "to"], Qualifier.Approximately),
        (["upwards", "of"], Qualifier.MoreThan), (["in", "excess", "of"], Qualifier.MoreThan), (["just", "over"], Qualifier.MoreThan),
        (["just", "under"], Qualifier.LessThan), (["about"], Qualifier.Approximately), (["around"], Qualifier.Approximately),
        (["approximately"], Qualifier.Approximately), (["roughly"], Qualifier.Approximately), (["some"], Qualifier.Approximately),
        (["nearly"], Qualifier.Approximately), (["almost"], Qualifier.Approximately), (["estimated"], Qualifier.Approximately),
        (["approx"], Qualifier.Approximately), (["over"], Qualifier.MoreThan), (["under"], Qualifier.LessThan),
        (["maximum"], Qualifier.UpTo), (["minimum"], Qualifier.AtLeast),
        .. PassVerbs.Words.Select(w => (new[] { w }, Qualifier.MoreThan)),
        .. ApproachVerbs.Words.Select(w => (new[] { w }, Qualifier.Approximately)),
    ];

    private Hedge()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        phrase.QualifierFirst = QualifierFirst(reader, phrase.Number, phrase.First, draft);
        return true;
    }

    private static int QualifierFirst(PeopleCountReader reader, NumberMention number, int first, ClaimDraft draft)
    {
        var tokens = reader.Tokens;
        if (PhrasalOver(reader, first))
        {
            draft.Qualifier = number.Kind == NumberKind.Range ? Qualifier.Range : Qualifier.Exact;
            return first;
        }
        if (number.QualifierStart >= 0)
        {
            draft.MentionStart = number.QualifierStart;
            var q = first;
            while (q > 0 && tokens[q - 1].Start >= number.QualifierStart)
            {
                q--;
            }
            return q;
        }
        if (number.Kind == NumberKind.Vague)
        {
            draft.Qualifier = Qualifier.Vague;
            return first;
        }
        if (number.Kind == NumberKind.Range)
        {
            draft.Qualifier = Qualifier.Range;
        }
        foreach (var (words, qualifier) in Hedges)
        {
            var s = first - words.Length;
            if (s < 0)
            {
                continue;
            }
            var match = true;
            for (var w = 0; w < words.Length && match; w++)
            {
                match = reader.Is(s + w, words[w]);
            }
            if (match && words is ["top"] && (s == 0 || !reader.Tokens[s - 1].IsWord || reader.IsIn(s - 1, RankLeads)))
            {
                continue;
            }
            if (match)
            {
                if (number.Kind != NumberKind.Range)
                {
                    draft.Qualifier = qualifier;
                }
                draft.MentionStart = tokens[s].Start;
                return s;
            }
        }
        if (HeadlineHedgedToll.HedgeBefore(reader, first))
        {
            draft.Qualifier = Qualifier.Approximately;
            draft.MentionStart = tokens[first - 1].Start;
            return first - 1;
        }
        return first;
    }

    // "handed over 160 prisoners": "over" completes the verb before it; "over 160 prisoners were freed" stays a hedge.
    private static bool PhrasalOver(PeopleCountReader reader, int first) =>
        first >= 2 && reader.Is(first - 1, "over") && reader.IsIn(first - 2, OverParticleVerbs);
}
