namespace ClaimTracker.Core.Claims;

/// <summary>
/// People an agency gives aid to are counted for the help they got unless a word of their own describes them as
/// displaced (the lead's gold convention, session 19: <see cref="DisplacedRecipients"/>): "WFP distributed food to
/// 40,000 people in Tawila, where the displaced arrive" is <c>other</c> where a displacement word elsewhere in the
/// sentence made it displaced; "food parcels to 6,200 displaced people", "clean water to 38,000 people sheltering in
/// schools" stay <c>displaced</c>. The model: the count is the recipient, the object
/// of "to" after a giving verb of its own clause (metrics.json <c>aidGiveVerbs</c>, within <see cref="Reach"/> words),
/// or the direct object of a verb of care (<c>aidObjectVerbs</c>: "the agency assisted 4,000 displaced people").
/// Shelter given is still displacement ("provided shelter to 5,000 displaced people": <c>aidShelterWords</c> between
/// the verb and "to"), and a move to somewhere ("fled to", "crossed to", "the toll rose to") names no gift.
/// OCHA, UNRWA, WFP and UNICEF updates report their deliveries so (Unseen18's "distributed food to 40,000 people").
/// A convoy that "reached Saida ... to support 2,500 households" moves no household there either: a count of civilians
/// read as deployed from the convoy's arrival is the object of a verb of care too (Unseen39's OCHA flash update).
/// Golden cases: aid_given_to_displaced_people, aid_given_beside_a_displacement, shelter_given_stays_displacement,
/// aid_convoy_to_support_households_is_other.
/// </summary>
internal sealed class AidRecipients : CountPhraseRule
{
    public static readonly AidRecipients Rule = new();

    // How far before "to" the giving verb may stand: past the thing given ("distributed fresh bread and canned food to").
    private const int Reach = 8;

    private static readonly WordSet GiveVerbs = WordLists.Set("aidGiveVerbs");
    private static readonly WordSet ObjectVerbs = WordLists.Set("aidObjectVerbs");
    private static readonly WordSet ShelterWords = WordLists.Set("aidShelterWords");
    private static readonly WordSet AidNouns = WordLists.Set("aidNouns");

    private AidRecipients()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var before = phrase.TokenBefore;
        // "a convoy reached Saida ... to support 2,500 households": the convoy's arrival is no deployment of the households.
        if (!(draft.Metric is Metric.Displaced or Metric.Evacuated || (draft.Metric is Metric.Deployed && !draft.Military)) || before < 0 || !reader.Tokens[before].IsWord)
        {
            return true;
        }
        if ((ObjectVerbs.Contains(reader.Word(before)) || (reader.Is(before, "to") && GivenTo(reader, before, phrase.Left)) || AidFor(reader, before))
            && !DisplacedRecipients.Described(reader, phrase))
        {
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "a convoy reached Dilling with assistance for more than 130,000 people": an aid noun right before "for" names
    // the people the aid is for (metrics.json aidNouns; Unseen47 afp-sudan; golden case assistance_for_people_is_other).
    private static bool AidFor(PeopleCountReader reader, int before) =>
        reader.Is(before, "for") && reader.IsIn(before - 1, AidNouns);

    // A giving verb before "to" in the count's clause, with no shelter named as the thing given.
    private static bool GivenTo(PeopleCountReader reader, int to, int left)
    {
        for (var i = to - 1; i >= Math.Max(left, to - Reach); i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            var w = reader.Word(i);
            if (ShelterWords.Contains(w))
            {
                return false;
            }
            if (GiveVerbs.Contains(w))
            {
                return true;
            }
        }
        return false;
    }
}
