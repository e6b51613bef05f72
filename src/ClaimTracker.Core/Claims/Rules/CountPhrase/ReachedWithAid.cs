namespace ClaimTracker.Core.Claims;

/// <summary>
/// People an agency reaches with aid are counted for the help they got, not moved anywhere: "UNICEF and its partners
/// reached more than 41,000 children with psychosocial support", "partners reached over 1,700 people, among them more
/// than 1,000 children, with water and first aid" are <c>other</c>, where "reached" read as arrival makes them deployed or
/// displaced; a count its own words describe as displaced ("reached some 2,300 displaced people with food parcels") stays
/// displaced (the lead's gold convention, session 19: <see cref="DisplacedRecipients"/>). The count is the verb's object (metrics.json <c>aidReachVerbs</c> right before it or its qualifier) and
/// the aid follows it (<c>aidReachParticles</c>, within the sentence); people who themselves reached a place ("some
/// 9,000 people have reached Tawila", "3,000 soldiers reached the front") keep their metric (Unseen17
/// unicef-ukraine-children-attacks, ocha-gaza-city-displacement-update). Golden cases: reached_with_aid_is_help,
/// those_who_reached_a_place_arrived.
/// </summary>
internal sealed class ReachedWithAid : CountPhraseRule
{
    public static readonly ReachedWithAid Rule = new();

    // How far after the count the aid may be named: past an aside of a few words ("among them more than 1,000 children").
    private const int AidWindow = 12;
    private static readonly WordSet ReachVerbs = WordLists.Set("aidReachVerbs");
    private static readonly WordSet AidParticles = WordLists.Set("aidReachParticles");

    private ReachedWithAid()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (draft.Metric is not (Metric.Deployed or Metric.Displaced) || !reader.IsIn(verb, ReachVerbs))
        {
            return true;
        }
        for (var i = phrase.AfterCount; i < reader.Tokens.Count && i <= phrase.AfterCount + AidWindow; i++)
        {
            if (reader.IsIn(i, AidParticles))
            {
                if (draft.Metric == Metric.Displaced && DisplacedRecipients.Described(reader, phrase))
                {
                    return true;
                }
                draft.Metric = Metric.Other;
                return true;
            }
        }
        return true;
    }
}
