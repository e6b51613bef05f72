namespace ClaimTracker.Core.Claims;

/// <summary>
/// "A Russian motorised brigade lost 260 troops in a failed assault": the losing verb right before the count (counts.json
/// lostVerbs) says what happened to them; the fighting named after the count ("assault", "storming", "operations") only
/// says where, so the weak engaged or deployed reading <see cref="ClauseMetric"/> gives it yields to losses, the
/// killed-or-wounded of the golds' "lost" convention ("The Russian battalion lost 80 men in the attack" already reads
/// so). A body's own colleagues lost are its dead there too (<see cref="LostColleagues"/>). Golden cases:
/// a_brigade_lost_troops_in_an_assault, lost_colleagues_are_dead.
/// </summary>
internal sealed class LostInTheFighting : CountPhraseRule
{
    public static readonly LostInTheFighting Rule = new();

    private static readonly WordSet LostVerbs = WordLists.Set("lostVerbs");

    private LostInTheFighting()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (draft.Metric is Metric.Engaged or Metric.Deployed && verb >= phrase.Left && verb >= 0
            && reader.IsIn(verb, LostVerbs))
        {
            // "had lost 19 volunteers since fighting broke out": a body's own colleagues lost are its dead.
            draft.Metric = LostColleagues.Reads(reader, verb, reader.Word(verb)) ? Metric.Killed : Metric.KilledOrWounded;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
