namespace ClaimTracker.Core.Claims;

/// <summary>
/// Civilians an evacuation or a repatriation carries are evacuated even where no particle or craft follows the count
/// (<see cref="EvacuationFlight"/> reads those). Two constructions of the foreign-evacuation reports: a carrying verb
/// (metrics.json evacueeCarryVerbs, "home" or "out" may stand between; "back" is a release word, so a sentence with it
/// is left to the swaps) right before the count in a sentence that
/// names the effort before the verb ("the fourth repatriation flight took off … carrying 211 passengers", "the
/// repatriation effort has now brought home 885 people", "the evacuation operation has ferried 1,400 foreigners";
/// evacuationEfforts); and a craft that leaves "with" the count ("the flight leaves Beirut with 211 Brazilians", "a plane
/// took off from Sharm el-Sheikh with 180 nationals on board"; flightCrafts, shipCrafts, craftDepartures). A sentence
/// about captivity, a swap or the dead (captivityWords: "Ukraine brought home 95 soldiers in the exchange", coffins
/// flown back) and the military are left alone: those are returnees, the fallen or a force. "A plane carrying 67
/// passengers crashed" names no effort and stays as it was.
/// Golden case: evacuees_carried_by_a_repatriation.
/// </summary>
internal sealed class EvacueesCarried : CountPhraseRule
{
    public static readonly EvacueesCarried Rule = new();

    // How far the departure may stand before "with", and the craft before the departure.
    private const int Reach = 6;

    private static readonly WordSet Efforts = WordLists.Set("evacuationEfforts");
    private static readonly WordSet CarryVerbs = WordLists.Set("evacueeCarryVerbs");
    private static readonly WordSet Particles = WordLists.Set("evacueeCarryParticles");
    private static readonly WordSet Captivity = WordLists.Set("captivityWords");
    private static readonly WordSet Departures = WordLists.Set("craftDepartures");
    private static readonly WordSet Aircraft = WordLists.Set("flightCrafts");
    private static readonly WordSet Ships = WordLists.Set("shipCrafts");

    private EvacueesCarried()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || draft.Metric is not (Metric.Other or null)
            || reader.HasAny(Captivity, 0, reader.Tokens.Count) || reader.HasAny(ClaimLexicon.Released, 0, reader.Tokens.Count))
        {
            return true;
        }
        if (CarriedInAnEffort(reader, phrase) || CraftLeftWith(reader, phrase))
        {
            draft.Metric = Metric.Evacuated;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "the repatriation flight … carrying 211 passengers", "the repatriation effort has brought home 885 people".
    private static bool CarriedInAnEffort(PeopleCountReader reader, CountPhrase phrase)
    {
        var v = phrase.TokenBefore;
        if (reader.IsIn(v, Particles))
        {
            v--;
        }
        return reader.IsIn(v, CarryVerbs) && reader.HasAny(Efforts, 0, v);
    }

    // "the flight leaves Beirut with 211 Brazilians", "a plane took off … with 180 nationals on board".
    private static bool CraftLeftWith(PeopleCountReader reader, CountPhrase phrase)
    {
        var with = phrase.TokenBefore;
        if (!reader.Is(with, "with"))
        {
            return false;
        }
        for (var d = with - 1; d >= 0 && d >= with - Reach; d--)
        {
            if (reader.IsIn(d, Departures))
            {
                var from = Math.Max(0, d - Reach);
                return reader.HasAny(Aircraft, from, d) || reader.HasAny(Ships, from, d);
            }
        }
        return false;
    }
}
