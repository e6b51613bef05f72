namespace ClaimTracker.Core.Claims;

/// <summary>
/// People pulled alive from water or rubble are rescued (evacuated, as "were rescued" reads): "21 survivors were pulled
/// from the water", "hauled out of the rubble", and in the active form "pulled 12 people alive from the rubble". Bodies pulled out stay killed: the noun "bodies" names the metric
/// before any verb is read. "Alive" after the verb says the rescue without a place: "rescuers pulled 25 people out
/// alive, 11 of them from under the rubble" (metrics.json pulledAlive). A pull whose object is the dead is no rescue
/// either: in wire copy's updated toll "The death toll … rose to 27, including six children, as rescuers pulled more
/// bodies from the rubble" the bodies (metrics.json remainsNouns) leave the toll killed. A fire is such a place, and
/// rescuers lead, bring or carry people out of it as they pull them from rubble: "firefighters led 48 children and staff
/// out of the burning building" (pulledVerbs led, brought, carried; pulledFrom building, blaze, flames, fire, smoke). Golden cases:
/// pulled_from_the_water_is_rescued, pulled_out_alive_is_rescued, bodies_pulled_out_leave_the_toll_killed,
/// led_out_of_a_burning_building_is_evacuated. "Rescuers had brought 14 people down from the upper floors of the burning
/// buildings" names the floors as the place (pulledFrom floors; golden case pulled_out_with_injuries_is_wounded).
/// A breakdown aside between the people and the place does not end the pull: "rescuers had pulled 41 people, among them
/// seven children, out of the damaged buildings" (Unseen45 euronews-ternopil; metrics.json pulledAsideLeads), so the
/// aside's words are not counted against the window (golden case pulled_out_past_a_breakdown_aside_is_evacuated).
/// A collapsed shelter, house, school, basement or tent is such a place as the rubble is: "rescuers had pulled eight
/// wounded people from under a collapsed shelter" (Unseen54 anews-dpa: evacuated; pulledFrom gains the buildings people
/// shelter in; golden case pulled_wounded_from_a_shelter_is_rescued).
/// The passive form with the dead named first is no rescue either: "the bodies of six men and two children had been
/// pulled from the rubble" leaves both conjuncts killed (BodiesOfBefore; PulledBodiesTests).
/// </summary>
internal static class PulledFrom
{
    private static readonly WordSet Verbs = WordLists.Set("pulledVerbs");
    private static readonly WordSet Places = WordLists.Set("pulledFrom");
    private static readonly WordSet Alive = WordLists.Set("pulledAlive");
    private static readonly WordSet Remains = WordLists.Set("remainsNouns");
    private static readonly WordSet AsideLeads = WordLists.Set("pulledAsideLeads");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Verbs.Contains(w))
        {
            return false;
        }
        if (BodiesOfBefore(reader, i))
        {
            return false;
        }
        // The active form puts the people between the verb and "from": "rescuers pulled 12 people alive from the
        // rubble", so "from" may come a few words on, and the place a few words after it.
        var end = i + 5;
        for (var f = i + 1; f < reader.Tokens.Count && f <= end; f++)
        {
            if (reader.IsMark(f, ',') && reader.IsIn(f + 1, AsideLeads) && AsideClose(reader, f) is var close and > 0)
            {
                end += close - f + 1;
                f = close;
                continue;
            }
            if (reader.IsIn(f, Alive))
            {
                return true;
            }
            // "pulled more bodies from the rubble", "hauled the remains of two women out": the dead, not a rescue.
            if (reader.IsIn(f, Remains))
            {
                return false;
            }
            if ((reader.Is(f, "from") || reader.Is(f, "out")) && PlaceFollows(reader, f))
            {
                return true;
            }
        }
        return false;
    }

    // The passive form names the dead before the verb: "the bodies of six men and two children had been pulled from the
    // rubble" is a toll, not a rescue, for every conjunct under "the bodies of" (Unseen67 prothomalo-afp). Looked for
    // back to the sentence's start or a comma, a short noun phrase's length.
    private static bool BodiesOfBefore(PeopleCountReader reader, int verb)
    {
        for (var b = verb - 1; b >= 0 && b >= verb - 12; b--)
        {
            if (reader.IsMark(b, '.') || reader.IsMark(b, ',') || reader.IsMark(b, ';') || reader.IsMark(b, ':'))
            {
                return false;
            }
            if (reader.IsIn(b, Remains) && reader.Is(b + 1, "of"))
            {
                return true;
            }
        }
        return false;
    }

    // The comma that closes an aside opened at token <paramref name="open"/>, within a breakdown's length; 0 if none.
    private static int AsideClose(PeopleCountReader reader, int open)
    {
        for (var c = open + 2; c < reader.Tokens.Count && c <= open + 8; c++)
        {
            if (reader.IsMark(c, ','))
            {
                return c;
            }
        }
        return 0;
    }

    private static bool PlaceFollows(PeopleCountReader reader, int f)
    {
        for (var j = f + 1; j < reader.Tokens.Count && j <= f + 4; j++)
        {
            if (reader.IsIn(j, Places))
            {
                return true;
            }
        }
        return false;
    }
}
