namespace ClaimTracker.Core.Claims;

/// <summary>
/// Care for anything but a wound names no fate (the treatment convention, docs/extraction.md): "the hospital treated
/// 300 children for malnutrition", "the clinic treated 460 people for diarrhoea", "1,200 people sought medical help for
/// cholera symptoms" are <c>other</c>, where the hospital's care (<see cref="HospitalCare"/>) or the care sought
/// (<see cref="SoughtCare"/>) made them wounded. The model: a count read as wounded by a care word, with "for" and a
/// cause after it that names no wound (<see cref="HospitalIntake.CaredForSomethingElse"/>), and no wound word
/// elsewhere in its clause ("12 people injured in the blast were treated for shock" stay wounded). MSF, WHO and health
/// ministries report clinics' loads so. Golden case: care_for_an_illness_names_no_wound.
/// </summary>
internal sealed class CareForIllness : CountPhraseRule
{
    public static readonly CareForIllness Rule = new();

    private CareForIllness()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Wounded || phrase.DescribingMetric == Metric.Wounded || !HospitalIntake.CaredForSomethingElse(reader, phrase)
            || reader.HasAny(ClaimLexicon.Wounded, Math.Max(0, phrase.Left), Math.Min(reader.Tokens.Count, phrase.Right)))
        {
            return true;
        }
        draft.Metric = Metric.Other;
        draft.MetricGuessed = false;
        return true;
    }
}
