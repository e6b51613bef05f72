namespace ClaimTracker.Core.Claims;

/// <summary>
/// People living in shelters are displaced: "16,500 people were staying in shelters", "38,000 still registered in
/// collective shelters", "290,000 children were living in tents", "more than 24,000 people remain in around 400 shelters" (the gold convention in docs/extraction.md; four sets
/// annotate it so). A verb of dwelling, then "in"/"at" and a shelter within five words (metrics.json dwellVerbs,
/// shelterPlaces); a strike on a shelter names a place, not the people's state, and is not read here. Read by
/// <see cref="MetricWord"/>. People who sought shelter are sheltering too: "the camps, where more than 700,000 people had
/// sought shelter from the violence", "25,000 people have sought sanctuary in the town's schools" (UN coordinators and IOM
/// word camp populations so): a seeking verb (careSeekVerbs) right before a shelter word (shelterSeekObjects); "sought
/// medical help" is care (<see cref="SoughtCare"/>). Taking or finding shelter is seeking it met: "a church where hundreds of
/// people had taken shelter" (Unseen71 nhpbs-newshour), "some 1,900 of the displaced had found shelter in mosques", "about
/// 6,000 displaced people were taking shelter" (wire copy on Gaza's school shelters read through the pages corpus): a verb of
/// taking or finding (shelterTakeVerbs) right before the shelter word, as "took refuge" already reads through "refuge".
/// Golden case: taken_shelter_is_displaced. Families who share a shelter live in it: "64 families share 18
/// classrooms", "640 people were living in 22 classrooms" (Unseen76 thenational-dhayra, nytimes-lebanon; a school's
/// classrooms are where the displaced sleep in Lebanon and Gaza): a sharing verb (shareVerbs) with a shelter within
/// five words after it, no "in" needed. Golden cases: living_in_shelters_is_displaced, sought_shelter_is_displaced,
/// sharing_classrooms_is_displaced.
/// The shelter may be named before the count and taken up by a pronoun: "Nearly 900 official shelters have opened, and
/// more than 180,000 people are registered in them" (Unseen77 lbci-adraee; the gold conventions put 'registered' in
/// shelters as displaced), "schools were turned into shelters and 4,000 people are now living in them": a dwelling verb,
/// "in"/"at" and a pronoun (metrics.json shelterPronouns), with a shelter word earlier in the count's own sentence.
/// Golden case: shelters_taken_up_by_a_pronoun (MetricStatesTests holds a pronoun with no shelter before it, left `other`).
/// A school people live in is their shelter: "about 280 families had been living in the school" (Unseen37 guardian-live),
/// "60 residents spent the night in a school gym" (Unseen19 sky-lviv); in Gaza, Lebanon and Ukraine the displaced are
/// housed in schools, and a night spent there is a stay ("spent the night": nightStayVerbs, nightWords). Schools
/// (dwellSchools) count only after a dwelling verb: "80 pupils per class share the school's rooms" is a class size.
/// Golden case: staying_in_a_school_is_displaced.
/// </summary>
internal static class ShelteredPeople
{
    // "staying in upwards of 600 official shelters" (Unseen58 dawn-afp): a hedge of two words, the shelters' own count
    // and an adjective may stand between "in" and the shelter.
    private const int Reach = 6;

    private static readonly WordSet DwellVerbs = WordLists.Set("dwellVerbs");
    private static readonly WordSet ShareVerbs = WordLists.Set("shareVerbs");
    private static readonly WordSet ShareRecipientLinks = WordLists.Set("shareRecipientLinks");
    private static readonly WordSet ShelterPlaces = WordLists.Set("shelterPlaces");
    private static readonly WordSet SeekVerbs = WordLists.Set("careSeekVerbs");
    private static readonly WordSet SoughtObjects = WordLists.Set("shelterSeekObjects");
    private static readonly WordSet TakeVerbs = WordLists.Set("shelterTakeVerbs");
    private static readonly WordSet Pronouns = WordLists.Set("shelterPronouns");
    private static readonly WordSet NightStayVerbs = WordLists.Set("nightStayVerbs");
    private static readonly WordSet NightWords = WordLists.Set("nightWords");
    private static readonly WordSet Schools = WordLists.Set("dwellSchools");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (SeekVerbs.Contains(w) || TakeVerbs.Contains(w))
        {
            return reader.IsIn(i + 1, SoughtObjects);
        }
        // "60 residents spent the night in a school gym" (Unseen19 sky-lviv): a night spent in a shelter is a stay there.
        var dwells = DwellVerbs.Contains(w);
        if (NightStayVerbs.Contains(w) && (reader.Is(i + 1, "the") || reader.Is(i + 1, "a")) && reader.IsIn(i + 2, NightWords))
        {
            i += 2;
            dwells = true;
        }
        // "64 families share 18 classrooms": the people share the shelter; "parcels were shared among 40 families in
        // the shelter" hands something out to them (golden case headline_among_the_killed).
        var shares = ShareVerbs.Contains(w) && !reader.IsIn(i + 1, ShareRecipientLinks);
        if (!shares && (!dwells || !(reader.Is(i + 1, "in") || reader.Is(i + 1, "at") || reader.Is(i + 1, "inside"))))
        {
            return false;
        }
        if (!shares && reader.IsIn(i + 2, Pronouns))
        {
            return reader.HasAny(ShelterPlaces, reader.SentenceFirstToken(), i);
        }
        for (var j = shares ? i + 1 : i + 2; j < reader.Tokens.Count && j <= i + Reach; j++)
        {
            // "remain in around 400 shelters", "staying in upwards of 600 official shelters": the shelters' own count may stand between.
            if (!reader.Tokens[j].IsWord && !reader.IsNumberToken(j))
            {
                return false;
            }
            if (!reader.Tokens[j].IsWord)
            {
                continue;
            }
            if (ShelterPlaces.Contains(reader.Word(j)) || (!shares && Schools.Contains(reader.Word(j))))
            {
                return true;
            }
        }
        return false;
    }
}
