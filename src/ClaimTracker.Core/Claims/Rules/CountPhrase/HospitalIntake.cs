namespace ClaimTracker.Core.Claims;

/// <summary>
/// A hospital taking people in says what happened to them: "hospitals in Tyre admitted 55 people", "the hospital's staff
/// had treated 131 people" name the wounded (a hospital "was treating 82 patients" before a raid is its load, and
/// "treated 300 children for malnutrition" names no wound: both stay as the clause reads them); "the field hospital received 80 patients", "took in 72 patients" in a mass casualty
/// influx name the casualties, the dead among them (<c>killed_or_wounded</c>, the gold convention Unseen18 set for the
/// patients a hospital receives). The model: a hospital word (metrics.json <c>intakeHospitals</c>) is the subject of an
/// intake verb (<c>admitVerbs</c>, <c>receiveVerbs</c>; "took in", "taken in") and the count is the verb's object. A fate
/// word describing the people counted wins ("received 120 wounded people" are wounded), and a count the clause already
/// reads as killed ("received the bodies of 51 civilians", "received 58 martyrs") keeps it. The ICRC's field hospital
/// releases, Gaza's and Lebanon's health ministries and Ukraine's regional heads report intakes so.
/// Medical staff treating people at a strike's scene name the wounded as their hospital does: "Medics treated seven of
/// them at the scene", "paramedics treated 12 people for cuts" (a carer, <c>intakeCarers</c>, as subject of an admit
/// verb); "treated them as suspects" names no care. An ambulance service or a charity's team is such a carer: "the
/// service said it had treated 61 people at the scene" (Unseen71 i24news, of Magen David Adom), "its team in Tawila had
/// treated 260 patients in two days" (Unseen18 ocha-zamzam, of MSF).
/// In a paragraph about an outbreak, those treated are its cases (<see cref="OutbreakParagraph"/>).
/// Golden cases: hospital_takes_in_the_casualties, hospital_admits_the_wounded, medics_treat_the_wounded, care_teams_treat_the_wounded.
/// </summary>
internal sealed class HospitalIntake : CountPhraseRule
{
    public static readonly HospitalIntake Rule = new();

    // How far after the count the cause of care may be named: "treated 300 children under five for malnutrition".
    private const int CareReach = 6;

    private static readonly WordSet Hospitals = WordLists.Set("intakeHospitals");
    private static readonly WordSet AdmitVerbs = WordLists.Set("admitVerbs");
    private static readonly WordSet ReceiveVerbs = WordLists.Set("receiveVerbs");
    private static readonly WordSet Carers = WordLists.Set("intakeCarers");

    private HospitalIntake()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || draft.Metric is not (null or Metric.Other or Metric.Deployed or Metric.KilledOrWounded or Metric.Displaced))
        {
            return true;
        }
        var verb = phrase.TokenBefore;
        // "took in 72 patients": the particle sits between the verb and the count.
        if (reader.Is(verb, "in"))
        {
            verb--;
        }
        if (verb < 0 || !reader.Tokens[verb].IsWord)
        {
            return true;
        }
        var w = reader.Word(verb);
        var taken = reader.Is(verb + 1, "in") && (w.Equals("took", StringComparison.OrdinalIgnoreCase) || w.Equals("taken", StringComparison.OrdinalIgnoreCase) || w.Equals("takes", StringComparison.OrdinalIgnoreCase));
        // The verb first: most counts have none of these before them, and the hospital is looked for only then.
        Metric? intake = AdmitVerbs.Contains(w) ? Metric.Wounded : ReceiveVerbs.Contains(w) || taken ? Metric.KilledOrWounded : null;
        var giver = intake == Metric.Wounded ? Carers : null;
        if (intake is { } metric && CarerBefore(reader, verb, phrase.Left, giver) && !CaredForSomethingElse(reader, phrase)
            && !reader.Is(phrase.AfterCount, "as") && !(intake == Metric.Wounded && OutbreakParagraph.Names(reader)))
        {
            draft.Metric = phrase.DescribingMetric is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded ? phrase.DescribingMetric : metric;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "treated 300 children for malnutrition": care for anything but a wound names no fate (the gold convention on
    // treatment); "treated 131 people for gunshot wounds" stays wounded.
    internal static bool CaredForSomethingElse(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var i = phrase.AfterCount; i < reader.Tokens.Count && i <= phrase.AfterCount + CareReach && reader.Tokens[i].IsWord; i++)
        {
            if (reader.Is(i, "for"))
            {
                // "treated three others for shock", "for minor cuts": a wound's kind is a wound (WoundOfAKind).
                return !reader.HasAny(ClaimLexicon.Wounded, i + 1, Math.Min(reader.Tokens.Count, i + 4)) && !WoundOfAKind.KindIn(reader, i + 1);
            }
        }
        return false;
    }

    // The hospital, or for a treating verb its medical staff, is the verb's subject: a word of either before it in the
    // count's clause.
    private static bool CarerBefore(PeopleCountReader reader, int verb, int left, WordSet? carers)
    {
        for (var i = verb - 1; i >= Math.Max(0, left); i--)
        {
            if (reader.Tokens[i].IsWord && (Hospitals.Contains(reader.Word(i)) || (carers?.Contains(reader.Word(i)) ?? false)))
            {
                return true;
            }
        }
        return false;
    }
}
