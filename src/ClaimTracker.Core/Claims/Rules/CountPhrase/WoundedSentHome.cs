namespace ClaimTracker.Core.Claims;

/// <summary>
/// Wounded people sent home are moved for care, not counted for their wounds: "about 2,200 wounded soldiers had been
/// sent home by air or by train" (the NIS on North Korea's wounded, Unseen48 nbc-kim) is `evacuated`. A count whose
/// wound word describes the people, then a verb of moving them (metrics.json woundedMoveVerbs) with "home" or "back"
/// right after it (homewardWords), in its own clause: "some 250 wounded soldiers had been flown back to Pyongyang"
/// (Unseen50 joongang-nis) too. "Sent back to the front" returns them to the war (frontWords), not for care. A swap's
/// release of wounded prisoners stays with <see cref="ReleasedWounded"/>. Golden cases:
/// wounded_soldiers_sent_home_are_evacuated, wounded_flown_back_are_evacuated.
/// </summary>
internal sealed class WoundedSentHome : CountPhraseRule
{
    public static readonly WoundedSentHome Rule = new();

    private static readonly WordSet SendVerbs = WordLists.Set("woundedMoveVerbs");
    private static readonly WordSet Homeward = WordLists.Set("homewardWords");
    private static readonly WordSet FrontWords = WordLists.Set("frontWords");

    private WoundedSentHome()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Wounded || phrase.DescribingMetric != Metric.Wounded)
        {
            return true;
        }
        for (var i = phrase.AfterCount; i < phrase.Right && i + 1 < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, SendVerbs) && reader.IsIn(i + 1, Homeward) && !BackToTheFront(reader, i + 2))
            {
                draft.Metric = Metric.Evacuated;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }

    // "sent back to the front", "returned to their units": back to the war, not home for care.
    private static bool BackToTheFront(PeopleCountReader reader, int j) =>
        reader.Is(j, "to") && (reader.IsIn(j + 1, FrontWords) || ((reader.Is(j + 1, "the") || reader.Is(j + 1, "their")) && reader.IsIn(j + 2, FrontWords)));
}
