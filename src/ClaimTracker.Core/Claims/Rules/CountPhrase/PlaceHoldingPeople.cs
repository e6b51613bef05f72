namespace ClaimTracker.Core.Claims;

/// <summary>
/// A place that holds people holds no captives: "the wards built for about 350 patients were holding more than 1,000"
/// (Unseen76 npr-khan-younis, gold <c>other</c> for both figures), "the clinic, meant for 40 beds, now holds about 150
/// patients". "holding" is a capture word ("Russia was still holding at least 8,000", "Hamas is holding 59 hostages"),
/// so a load and the capacity it is set against read captured. Features on hospitals, schools and transit sites set a
/// capacity beside a load (Unseen62 radiotamazuj-renk "built for about 3,500 people, were now sheltering close to
/// 16,000"; Unseen70 statesman-unrwa "hosting 10 to 12 times as many people as they were built for"). The model: a
/// load verb (metrics.json <c>placeLoadVerbs</c>: holding, holds, hold) right before the count's hedge, or a few words
/// after its noun, with a place (<c>loadPlaces</c>) in the eight words before the verb, and no other word of capture or
/// detention in the sentence ("In the school, gunmen were holding 30 hostages" keeps its hostages) and no armed holder
/// (people.json <c>militaryNouns</c>, <c>irregularNouns</c>, metrics.json <c>armedHolderNouns</c>) between the place
/// and the verb. A shelter's load is
/// displaced, as <see cref="HousedInShelter"/> reads "its shelters were hosting around 610,000 people" (a place of
/// <c>housingPlaces</c> or <c>shelterPlaces</c>, or displaced people in the count's noun phrase); any other place's is
/// <c>other</c>. Golden cases: a_place_holding_people_holds_no_captives, holding_captives_stays_captured.
/// </summary>
internal sealed class PlaceHoldingPeople : CountPhraseRule
{
    public static readonly PlaceHoldingPeople Rule = new();

    // Words before the load verb the place may stand: "the wards built for about 350 patients were holding".
    private const int PlaceReach = 8;

    // Words after the count's noun the load verb may stand: "350 patients were now holding".
    private const int VerbReach = 3;

    private static readonly WordSet LoadVerbs = WordLists.Set("placeLoadVerbs");
    private static readonly WordSet Places = WordLists.Set("loadPlaces");
    private static readonly WordSet Shelters = WordLists.Set("housingPlaces");
    private static readonly WordSet ShelterRooms = WordLists.Set("shelterPlaces");
    private static readonly WordSet Holders = WordLists.Set("armedHolderNouns");

    private PlaceHoldingPeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Captured || LoadVerb(reader, phrase) is not { } verb)
        {
            return true;
        }
        var first = reader.SentenceFirstToken();
        if (CaptiveWord(reader, first))
        {
            return true;
        }
        for (var j = verb - 1; j >= first && j >= verb - PlaceReach; j--)
        {
            if (reader.IsIn(j, ClaimLexicon.MilitaryNouns) || reader.IsIn(j, ClaimLexicon.IrregularNouns) || reader.IsIn(j, Holders))
            {
                // "In the basement of the hospital, the militia was holding 12 men": an armed holder takes captives.
                return true;
            }
            if (reader.IsIn(j, Places))
            {
                draft.Metric = reader.IsIn(j, Shelters) || reader.IsIn(j, ShelterRooms) || phrase.DescribingMetric == Metric.Displaced ? Metric.Displaced : Metric.Other;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }

    // "were holding more than 1,000": the verb before the hedge; "350 patients were holding": the verb after the noun.
    private static int? LoadVerb(PeopleCountReader reader, CountPhrase phrase)
    {
        if (reader.IsIn(phrase.TokenBefore, LoadVerbs))
        {
            return phrase.TokenBefore;
        }
        var from = Math.Max(phrase.Noun, phrase.Last) + 1;
        for (var j = from; j <= from + VerbReach && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (reader.IsIn(j, LoadVerbs))
            {
                return j;
            }
        }
        return null;
    }

    // "hostages", "prisoners", "detained" anywhere in the sentence: the holding is a capture after all.
    private static bool CaptiveWord(PeopleCountReader reader, int first)
    {
        for (var j = first; j < reader.Tokens.Count && reader.Tokens[j].Start < reader.Sentence.End; j++)
        {
            if (reader.Tokens[j].IsWord && !LoadVerbs.Contains(reader.Word(j))
                && (ClaimLexicon.Captured.Contains(reader.Word(j)) || ClaimLexicon.Detained.Contains(reader.Word(j))))
            {
                return true;
            }
        }
        return false;
    }
}
