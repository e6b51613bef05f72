namespace ClaimTracker.Core.Claims;

/// <summary>
/// A population at risk is no casualty count: "more than 12 million have been displaced ... and nearly 25 million face
/// acute hunger" (the UN on Sudan, Unseen48 aljazeera-al-damer; Unseen26's "left 24.6 million facing acute hunger") is
/// `other`, though the figure before it across "and" named a fate. The count's own verb right after it (or after its
/// noun) is a verb of plight (metrics.json plightVerbs) with no fate word in the next few words ("face deportation"
/// keeps its displacement). Golden case: a_population_facing_hunger_is_other.
/// </summary>
internal sealed class PopulationInNeed : CountPhraseRule
{
    public static readonly PopulationInNeed Rule = new();

    // How far past the plight verb a fate word would make it a fate ("face being killed").
    private const int FateReach = 3;

    private static readonly WordSet PlightVerbs = WordLists.Set("plightVerbs");

    private PopulationInNeed()
        : base(RuleTriggers.Of("populationInNeed"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.Noun >= 0 ? phrase.Noun + 1 : phrase.AfterCount;
        if (draft.Metric == Metric.Other || !reader.IsIn(verb, PlightVerbs))
        {
            return true;
        }
        for (var i = verb + 1; i < reader.Tokens.Count && i <= verb + FateReach && reader.Tokens[i].IsWord; i++)
        {
            if (MetricWord.At(reader, i, reader.Tokens.Count) is not (null or Metric.Other))
            {
                return true;
            }
        }
        draft.Metric = Metric.Other;
        draft.MetricGuessed = false;
        return true;
    }
}
