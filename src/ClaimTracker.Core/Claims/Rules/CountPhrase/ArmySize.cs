namespace ClaimTracker.Core.Claims;

/// <summary>
/// A whole army's size is no deployment: "With about 1.2 million troops, North Korea's army is one of the largest
/// standing armies in the world" (Unseen53 espreso-nyt, Unseen34 moscowtimes-nyt), "North Korea's military, with about
/// 1.2 million active personnel" (voa), "an army of 1.2 million", "its 1.2 million-strong army" are `other` in every gold
/// that annotates them; the troop noun alone read them as sent. Four shapes, each data: the count joined by "-strong"
/// to an army noun (metrics.json armyNouns); an army noun right before a size lead and the count ("army of",
/// "army numbers", armySizeLeads); a standing-size word inside the count's noun phrase ("active-duty troops", "active
/// personnel", armyStandingWords); and a fronted "with N troops" whose clause ranks an army ("the largest armies",
/// armyRankWords). A contingent or force sent ("its 1,000-strong contingent", "a force of 45,000 troops") is no army
/// noun and stays deployed. Golden cases: army_size_is_other, strong_contingent_stays_deployed.
/// </summary>
internal sealed class ArmySize : CountPhraseRule
{
    public static readonly ArmySize Rule = new();

    private const int RankReach = 14;

    private static readonly WordSet ArmyNouns = WordLists.Set("armyNouns");
    private static readonly WordSet SizeLeads = WordLists.Set("armySizeLeads");
    private static readonly WordSet StandingWords = WordLists.Set("armyStandingWords");
    private static readonly WordSet RankWords = WordLists.Set("armyRankWords");

    private ArmySize()
        : base(RuleTriggers.Of("armySize"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (Metric.Deployed or Metric.Other or null) || draft.Status != ClaimStatus.Reported)
        {
            return true;
        }
        if (StrongArmy(reader, phrase.Last) || (reader.IsIn(phrase.TokenBefore, SizeLeads) && reader.IsIn(phrase.TokenBefore - 1, ArmyNouns))
            || StandingNoun(reader, phrase) || RankedArmy(reader, phrase))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "1.2 million-strong army": the hyphen is its own token.
    private static bool StrongArmy(PeopleCountReader reader, int last) =>
        reader.IsMark(last + 1, '-') && reader.Is(last + 2, "strong") && reader.IsIn(last + 3, ArmyNouns);

    private static bool StandingNoun(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var j = phrase.Last + 1; j < phrase.Noun; j++)
        {
            if (reader.IsIn(j, StandingWords))
            {
                return true;
            }
        }
        return false;
    }

    // "With about 1.2 million troops, North Korea's army is one of the largest standing armies".
    private static bool RankedArmy(PeopleCountReader reader, CountPhrase phrase)
    {
        if (!reader.Is(phrase.TokenBefore, "with"))
        {
            return false;
        }
        // Not bounded by the next number: "one of the largest armies" puts a number between the army and its rank.
        var end = Math.Min(reader.Tokens.Count, phrase.AfterCount + RankReach);
        var army = false;
        var ranked = false;
        for (var j = phrase.AfterCount; j < end; j++)
        {
            army |= reader.IsIn(j, ArmyNouns);
            ranked |= reader.IsIn(j, RankWords);
        }
        return army && ranked;
    }
}
