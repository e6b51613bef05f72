namespace ClaimTracker.Core.Claims;

/// <summary>
/// Patients who leave a territory for care are medical evacuations: "2,150 patients had been referred outside Gaza for
/// treatment", "31 patients crossed through Kerem Shalom to receive treatment abroad", "83 patients left Gaza for
/// hospitals in the Emirates", "the air force flew 260 wounded soldiers out of the Strip for treatment" (WHO, health
/// ministry and army statements). The count names patients, the sick or the wounded (metrics.json abroadCarePeople, or
/// a wound word describing them), and a verb of leaving (abroadCareVerbs) has a place abroad (abroadWords, "out of")
/// or a care purpose (carePurposeLeads + carePurposes) after it; a referral (abroadReferralVerbs) counts only with a
/// place abroad, since "11 of the injured were referred to the Saudi hospital" names the wounded (Unseen11). People
/// still waiting to leave stay `other`. Golden cases: patients_leaving_for_care_abroad, patients_who_left_are_evacuated.
/// </summary>
internal sealed class TreatmentAbroad : CountPhraseRule
{
    public static readonly TreatmentAbroad Rule = new();

    private const int Reach = 8;

    private static readonly WordSet CarePeople = WordLists.Set("abroadCarePeople");
    private static readonly WordSet LeaveVerbs = WordLists.Set("abroadCareVerbs");
    private static readonly WordSet ReferralVerbs = WordLists.Set("abroadReferralVerbs");
    private static readonly WordSet AbroadWords = WordLists.Set("abroadWords");
    private static readonly WordSet Purposes = WordLists.Set("carePurposes");
    private static readonly WordSet PurposeLeads = WordLists.Set("carePurposeLeads");

    // "COGAT … said 45 patients and their companions had left on Tuesday" (Unseen55 energynews-reuters), "17 patients and
    // 29 companions left Gaza through the Rafah crossing": patients themselves (metrics.json patientsLeaving) who have
    // left (patientDepartures, finite forms only: "seeking to leave" is a need, not a departure) were evacuated for care
    // though no place abroad is named (golden case patients_who_left_are_evacuated).
    private static readonly WordSet Patients = WordLists.Set("patientsLeaving");
    private static readonly WordSet Departures = WordLists.Set("patientDepartures");

    private TreatmentAbroad()
        : base(RuleTriggers.Of("treatmentAbroad"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var wounded = phrase.DescribingMetric == Metric.Wounded;
        if (draft.Metric is not (Metric.Other or Metric.Displaced or Metric.Deployed or Metric.Wounded)
            || (draft.Metric == Metric.Wounded && !wounded) || !(wounded || PatientsCounted(draft) || CareModifierBefore(reader, phrase.Noun)))
        {
            return true;
        }
        for (var v = Math.Max(0, phrase.Left); v <= phrase.Right && v < reader.Tokens.Count; v++)
        {
            if (v >= phrase.QualifierFirst && v < phrase.AfterCount || !reader.Tokens[v].IsWord || AwaitedFate.Before(reader, v))
            {
                continue;
            }
            if ((ReferralVerbs.Contains(reader.Word(v)) && AbroadAfter(reader, v))
                || (LeaveVerbs.Contains(reader.Word(v)) && (AbroadAfter(reader, v) || PurposeAfter(reader, v)))
                || (reader.IsIn(v, Departures) && v > phrase.AfterCount && Counted(draft, Patients)))
            {
                draft.Metric = Metric.Evacuated;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }

    private static bool PatientsCounted(ClaimDraft draft) => Counted(draft, CarePeople);

    private static bool Counted(ClaimDraft draft, WordSet nouns)
    {
        foreach (var word in new SpacedWords(draft.Noun))
        {
            if (nouns.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    // "45 sick children": the noun keeps only "children", the word before it says why they travel.
    private static bool CareModifierBefore(PeopleCountReader reader, int noun) =>
        noun >= 1 && reader.IsIn(noun - 1, CarePeople);

    // "outside Gaza", "abroad", "out of the Strip".
    private static bool AbroadAfter(PeopleCountReader reader, int verb)
    {
        for (var j = verb + 1; j < reader.Tokens.Count && j <= verb + Reach; j++)
        {
            if (reader.Tokens[j].IsWord && (AbroadWords.Contains(reader.Word(j)) || (reader.Is(j, "out") && reader.Is(j + 1, "of"))))
            {
                return true;
            }
        }
        return false;
    }

    // "for treatment", "to receive medical care", "for hospitals in the Emirates".
    private static bool PurposeAfter(PeopleCountReader reader, int verb)
    {
        for (var j = verb + 2; j < reader.Tokens.Count && j <= verb + Reach; j++)
        {
            if (reader.IsIn(j, Purposes) && reader.IsIn(j - 1, PurposeLeads))
            {
                return true;
            }
        }
        return false;
    }
}
