namespace ClaimTracker.Core.Claims;

/// <summary>
/// Hospital care names the wounded: "287 were still being treated in hospitals", "12 survivors who needed hospital
/// care", "receiving treatment in hospital", "30 people still in hospital". People cared for in hospital are alive and hurt, as the gold reads "taken
/// to hospitals" since Unseen5. Golden case: treated_in_hospital_is_wounded.
/// </summary>
internal static class HospitalCare
{
    private static readonly WordSet Treatment = WordLists.Set("treatmentWords");
    private static readonly WordSet Hospitals = WordLists.Set("hospitals");

    private static readonly WordSet CarePlacePrepositions = WordLists.Set("treatmentPlacePrepositions");

    // "in the town's only clinic": the, town, ', s, only, clinic.
    private const int CarePlaceReach = 7;

    private static readonly WordSet StillInWords = WordLists.Set("stillInHospital");

    public static bool Names(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        var tokens = reader.Tokens;
        if (Hospitals.Contains(w))
        {
            return (i + 1 < tokens.Count && tokens[i + 1].IsWord && Treatment.Contains(reader.Word(i + 1))) || StillIn(reader, i);
        }
        if (!Treatment.Contains(w))
        {
            return false;
        }
        // "treated in hospitals", "treatment at the hospital": the hospital within three words.
        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            if (tokens[j].IsWord && Hospitals.Contains(reader.Word(j)))
            {
                return true;
            }
        }
        return InCarePlace(reader, i);
    }

    // "being treated in the town's only clinic", "treated at a makeshift field hospital": the place of care may carry a
    // longer noun phrase (an owner, "only", "main", "field") when a preposition of place opens it; the phrase ends at
    // any mark but the owner's apostrophe (Unseen41 menafn; golden case treated_in_the_towns_only_clinic).
    private static bool InCarePlace(PeopleCountReader reader, int i)
    {
        var tokens = reader.Tokens;
        if (!reader.IsIn(i + 1, CarePlacePrepositions))
        {
            return false;
        }
        for (var j = i + 2; j < tokens.Count && j <= i + 1 + CarePlaceReach; j++)
        {
            if (!tokens[j].IsWord)
            {
                if (reader.Word(j) is not ("'" or "’"))
                {
                    return false;
                }
                continue;
            }
            if (Hospitals.Contains(reader.Word(j)))
            {
                return true;
            }
        }
        return false;
    }

    // "30 people still in hospital", "12 remained in hospital": people kept in hospital after an attack are its
    // wounded; "lying in hospital morgues" names the dead, so a word after "hospital" other than punctuation ends it.
    private static bool StillIn(PeopleCountReader reader, int i) =>
        reader.Is(i - 1, "in") && reader.IsIn(i - 2, StillInWords)
        && !reader.IsIn(i + 1, ClaimLexicon.Killed);
}
