namespace ClaimTracker.Core.Claims;

/// <summary>
/// Sent object: "Pyongyang was preparing to send 5,000 more soldiers to replace those lost": soldiers right after a
/// send verb are the ones sent, whatever a purpose clause after them says ("to replace those lost" is not their
/// fate). Golden cases: capital_sends_more_soldiers.
/// </summary>
internal sealed class SentObject : CountPhraseRule
{
    public static readonly SentObject Rule = new();

    private static readonly WordSet SendVerbs = WordLists.Set("sendVerbs");

    private SentObject()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (draft.Military && !phrase.InAside && draft.Metric is not (Metric.Deployed or Metric.Engaged) && reader.IsIn(verb, SendVerbs))
        {
            draft.Metric = Metric.Deployed;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
