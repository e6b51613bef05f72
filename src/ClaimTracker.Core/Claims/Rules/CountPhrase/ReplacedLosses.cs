namespace ClaimTracker.Core.Claims;

/// <summary>
/// Troops sent to replace the fallen are deployed, not the fallen: "the North had already rotated in about 1,500 fresh
/// troops to replace the dead and wounded", "Moscow moved 3,000 men in to make up for the losses". The clause's fate
/// words after "to replace" / "replacing" / "make up for" describe whom the count replaces (the clause reader took them
/// for the count's own). North Korea's rotations in Kursk and Russia's and Israel's call-ups are reported so.
/// Model: a count read as killed, wounded or both, with no such word before it in its clause, and a replacement lead
/// (metrics.json <c>replaceWords</c>, or "make up for") after the count before the first fate word.
/// Golden case: sent_to_replace_the_dead_are_deployed.
/// </summary>
internal sealed class ReplacedLosses : CountPhraseRule
{
    public static readonly ReplacedLosses Rule = new();

    private static readonly WordSet ReplaceWords = WordLists.Set("replaceWords");

    private ReplacedLosses()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (Metric.Killed or Metric.Wounded or Metric.KilledOrWounded) || phrase.DescribingMetric is not null
            || IsFate(reader, Math.Max(0, phrase.Left), phrase.QualifierFirst))
        {
            return true;
        }
        var end = Math.Min(reader.Tokens.Count, phrase.Right + 4);
        for (var i = Math.Max(0, phrase.AfterCount); i < end; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            if (IsFateWord(reader, i))
            {
                return true;
            }
            if (ReplaceWords.Contains(reader.Word(i)) || (reader.Is(i, "make") && reader.Is(i + 1, "up") && reader.Is(i + 2, "for")))
            {
                draft.Metric = Metric.Deployed;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }

    private static bool IsFate(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to && i < reader.Tokens.Count; i++)
        {
            if (reader.Tokens[i].IsWord && IsFateWord(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFateWord(PeopleCountReader reader, int i) =>
        ClaimLexicon.Killed.Contains(reader.Word(i)) || ClaimLexicon.Wounded.Contains(reader.Word(i)) || ClaimLexicon.KilledOrWounded.Contains(reader.Word(i));
}
