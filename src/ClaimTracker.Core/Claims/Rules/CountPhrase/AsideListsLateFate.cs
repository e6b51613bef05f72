namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least 2,146 people have been killed and 9,912 injured …, including 134 children and 248 women killed": an aside
/// list after a pair of tolls names its own fate after its last count, and that fate is the whole list's. The aside's
/// first count was given the nearer toll's fate (the injured) by <see cref="AsidePeople"/>'s host; the fate word after
/// the second count ("killed", "among the dead") says which toll the list breaks down. OCHA's flash updates and the
/// Lebanese health ministry's tolls are written so (Unseen16 ocha-lebanon "including 134 children and 248 women
/// killed", Unseen64 thehindu-data "including 150 women and 90 children among the dead"). The model: this count's fate
/// stands right after its noun, or as "among the" and a fate word; the count before it is an aside whose fate is its
/// host's and another; the two are joined by "and" with only people between (<see cref="CoordinatedCount.SharesVerb"/>).
/// Golden case: aside_list_names_its_toll.
/// </summary>
internal sealed class AsideListsLateFate : CountPhraseRule
{
    public static readonly AsideListsLateFate Rule = new();

    private AsideListsLateFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.MetricGuessed || draft.Metric is not ({ } late and (Metric.Killed or Metric.Wounded or Metric.KilledOrWounded))
            || phrase.Previous is not { AsideOf: { } host } previous || previous.Metric != host.Metric || previous.Metric == late
            || !reader.Is(phrase.TokenBefore, "and") || !FateAfterNoun(reader, phrase, late)
            || !CoordinatedCount.SharesVerb(reader, previous, phrase.PreviousBound, phrase.QualifierFirst))
        {
            return true;
        }
        previous.Metric = late;
        previous.MetricGuessed = false;
        return true;
    }

    // "248 women killed", "90 children among the dead": the fate stands right after the count's people noun.
    private static bool FateAfterNoun(PeopleCountReader reader, CountPhrase phrase, Metric late)
    {
        var after = phrase.AfterCount;
        if (phrase.Noun < 0 || after >= reader.Tokens.Count)
        {
            return false;
        }
        var at = reader.Is(after, "among") && reader.Is(after + 1, "the") ? after + 2 : after;
        return at < reader.Tokens.Count && MetricWord.At(reader, at, at + 1) == late;
    }
}
