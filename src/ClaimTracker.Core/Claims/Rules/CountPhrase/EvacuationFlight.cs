namespace ClaimTracker.Core.Claims;

/// <summary>
/// Civilians a flight or a ship takes out of a war zone are evacuated, as the factboxes on foreign evacuations from
/// Lebanon word it: "Cyprus flew out 41 of its nationals", "Germany has flown 470 people out of Lebanon", "special
/// flights have carried more than 1,100 people out", "the first evacuation flight carried home 60 relatives of
/// diplomats", "France has ferried 320 of its citizens to Cyprus by ship", "some 236 people landed on the island on a
/// chartered flight", "chartered another flight for 75 people". Three readings: a carrying verb (metrics.json
/// flightVerbs) right before the count, the move finished by "out" or "home" (flightParticles) on either side of the
/// count, by "out of" further on ("flown 885 people and 11 pets out of Lebanon", Unseen73 riotimes), or by a craft
/// after it ("by ship", "on a military plane"; flightCrafts, shipCrafts: "a ferry carried 300 passengers across the
/// river" is a crossing); a landing (landingVerbs) after the count with an aircraft in the clause (a boat's landing is a migrants' crossing, not an evacuation); a craft, then "for" right
/// before the count. A force flown somewhere stays deployed, and the captured flown home in a swap stay returnees:
/// soldiers, counts of prisoners or detainees and clauses with a release word are left alone.
/// The passive ("have been flown out of Lebanon") reads as the active does (<see cref="FlownOut"/>).
/// Golden cases: flown_out_is_evacuated, evacuees_carried_by_a_repatriation, flown_out_in_the_passive.
/// </summary>
internal sealed class EvacuationFlight : CountPhraseRule
{
    public static readonly EvacuationFlight Rule = new();

    // How far a particle or a craft may stand from the count it finishes, and a craft from the "for" it owns.
    private const int Reach = 8;

    private static readonly WordSet Verbs = WordLists.Set("flightVerbs");
    private static readonly WordSet Particles = WordLists.Set("flightParticles");
    private static readonly WordSet Aircraft = WordLists.Set("flightCrafts");
    private static readonly WordSet Ships = WordLists.Set("shipCrafts");
    private static readonly WordSet Landings = WordLists.Set("landingVerbs");
    private static readonly WordSet PassiveAuxiliaries = WordLists.Set("flownAuxiliaries");

    private EvacuationFlight()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || draft.Metric is not (Metric.Other or null) || Captive(reader, phrase, draft))
        {
            return true;
        }
        if (CarriedOut(reader, phrase) || FlownOut(reader, phrase) || Landed(reader, phrase) || FlightFor(reader, phrase))
        {
            draft.Metric = Metric.Evacuated;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "flew home 95 prisoners freed in the swap": the captured and the released are no evacuees.
    private static bool Captive(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var last = SpacedWords.Last(draft.Noun);
        return (last.Length > 0 && (ClaimLexicon.Captured.Contains(last) || ClaimLexicon.Detained.Contains(last)))
            || reader.HasAny(ClaimLexicon.Released, phrase.Left, phrase.Right);
    }

    // "flew out 41 of its nationals", "carried home 60 relatives", "has flown 470 people out", "ferried 320 … by ship".
    private static bool CarriedOut(PeopleCountReader reader, CountPhrase phrase)
    {
        var v = phrase.TokenBefore;
        var particleBefore = reader.IsIn(v, Particles);
        if (particleBefore)
        {
            v--;
        }
        if (!reader.IsIn(v, Verbs))
        {
            return false;
        }
        var end = Math.Min(Math.Min(phrase.Right, phrase.AfterCount + Reach), reader.Tokens.Count - 1);
        return particleBefore || reader.IsIn(phrase.AfterCount, Particles) || reader.IsIn(phrase.AfterCount + 1, Particles)
            || OutOf(reader, phrase.AfterCount)
            || CraftIn(reader, phrase.AfterCount, end, Ships) || CraftIn(reader, phrase.AfterCount, end, Aircraft);
    }

    // "More than 1,200 Australians have now been flown out of Lebanon", "about 400 Britons were flown home on Sunday",
    // "150 people were airlifted out on a military plane": the same move in the passive, as evacuation reports word the
    // nationals a government has brought out. A passive auxiliary (metrics.json flownAuxiliaries, up to four, "now" and
    // "safely" among them) after the count, the carrying verb, then "out", "home", "out of" or an aircraft; a ship is
    // left out, since "were carried across the river by ferry" is a crossing.
    private static bool FlownOut(PeopleCountReader reader, CountPhrase phrase)
    {
        var v = phrase.AfterCount;
        while (v < phrase.AfterCount + 4 && reader.IsIn(v, PassiveAuxiliaries))
        {
            v++;
        }
        if (v == phrase.AfterCount || !reader.IsIn(v, Verbs))
        {
            return false;
        }
        var end = Math.Min(v + Reach, reader.Tokens.Count - 1);
        return reader.IsIn(v + 1, Particles) || OutOf(reader, v + 1) || CraftIn(reader, v + 1, end, Aircraft);
    }

    // "has flown 885 people and 11 pets out of Lebanon": "out of" closes the move past a second object (the clause
    // ends before the "and", so the words are read up to the next mark).
    private static bool OutOf(PeopleCountReader reader, int from)
    {
        for (var i = Math.Max(from, 0); i < reader.Tokens.Count && i <= from + Reach; i++)
        {
            if (reader.Is(i, "out") && reader.Is(i + 1, "of"))
            {
                return true;
            }
            if (!reader.Tokens[i].IsWord && !reader.IsNumberToken(i))
            {
                return false;
            }
        }
        return false;
    }

    // "Some 236 people landed on the island on a chartered commercial flight".
    private static bool Landed(PeopleCountReader reader, CountPhrase phrase)
    {
        var end = Math.Min(phrase.Right, reader.Tokens.Count - 1);
        for (var i = phrase.AfterCount; i <= end && i <= phrase.AfterCount + 3; i++)
        {
            if (reader.IsIn(i, Landings))
            {
                // "A Qantas flight from Cyprus carrying 220 people landed in Sydney": the aircraft may stand before the count.
                return CraftIn(reader, i + 1, Math.Min(end, i + Reach), Aircraft)
                    || (reader.IsIn(phrase.TokenBefore, Verbs) && CraftIn(reader, Math.Max(phrase.Left, phrase.TokenBefore - Reach), phrase.TokenBefore - 1, Aircraft));
            }
        }
        return false;
    }

    // "chartered another flight on Friday night for 75 people".
    private static bool FlightFor(PeopleCountReader reader, CountPhrase phrase)
    {
        var f = phrase.TokenBefore;
        return reader.Is(f, "for") && CraftIn(reader, Math.Max(Math.Max(phrase.Left, 0), f - Reach), f - 1, Aircraft);
    }

    private static bool CraftIn(PeopleCountReader reader, int from, int to, WordSet crafts)
    {
        for (var i = Math.Max(from, 0); i <= to && i < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, crafts))
            {
                return true;
            }
        }
        return false;
    }
}
