namespace ClaimTracker.Core.Claims;

/// <summary>
/// A crowd of civilians that gathered is no deployment: "hundreds of people had gathered for a ceremony when the drone
/// struck", "thousands of mourners assembled outside the mosque". "Gathered" names a deployment for troops ("troops
/// gathered on the border"), so a gathering verb (metrics.json crowdVerbs) after a count of civilians that is not
/// military turns the deployment read by <see cref="ClauseMetric"/> into other; a fate read elsewhere stays.
/// Golden case: a_crowd_that_gathered_is_no_deployment.
/// </summary>
internal sealed class CrowdGathered : CountPhraseRule
{
    public static readonly CrowdGathered Rule = new();

    private static readonly WordSet CrowdVerbs = WordLists.Set("crowdVerbs");

    private CrowdGathered()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!draft.Military && draft.Metric == Metric.Deployed && reader.HasAny(CrowdVerbs, phrase.AfterCount, phrase.Right))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
