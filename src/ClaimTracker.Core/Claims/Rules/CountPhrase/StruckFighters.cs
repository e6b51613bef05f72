namespace ClaimTracker.Core.Claims;

/// <summary>
/// "its troops had struck 30 militants holding command positions", 'a drone had struck "two suspects"': an army's
/// completed strike on a count of fighters or suspects is its report of them killed (ruling 3 of session 35, as the
/// older golds afp-gaza-overnight-strikes-truce and upi-gaza-overnight-strikes-ceasefire read it). The clause's own
/// reading yields: "holding command positions" read captured and "operating from" deployed. Only "struck" (counts.json
/// struckVerbs) right before the count, an opening quote allowed between, and only with a fighter or suspect noun
/// (struckTargetNouns): "a missile struck 40 homes" and "struck a bus carrying 30 passengers" keep their reading.
/// Golden cases: struck_fighters_are_killed (with a control of passengers).
/// </summary>
internal sealed class StruckFighters : CountPhraseRule
{
    public static readonly StruckFighters Rule = new();

    private static readonly WordSet StruckVerbs = WordLists.Set("struckVerbs");
    private static readonly WordSet Targets = WordLists.Set("struckTargetNouns");

    private StruckFighters()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 && reader.IsIn(phrase.Noun, Targets) && reader.IsIn(VerbBefore(reader, phrase.TokenBefore), StruckVerbs))
        {
            draft.Metric = Metric.Killed;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // 'struck "two suspects"': the quote that opens the army's words stands between the verb and the count.
    private static int VerbBefore(PeopleCountReader reader, int before) =>
        before > 0 && !reader.Tokens[before].IsWord && reader.Word(before) is "\"" or "\u201c" ? before - 1 : before;
}
