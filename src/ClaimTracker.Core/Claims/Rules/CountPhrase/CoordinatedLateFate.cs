namespace ClaimTracker.Core.Claims;

/// <summary>
/// A fate a later rule reads for the second of two joined counts is the first one's too: "71 patients and 118
/// caregivers travelled to the Emirates for care" (<see cref="TreatmentAbroad"/>), "the hospital received 30 women and
/// 12 children" (<see cref="HospitalIntake"/>). <see cref="ClauseMetric"/> shares the verb after the second count with
/// a first count it left guessed, but only for the verb it reads itself; a construction read after it (care abroad, a
/// hospital intake, a shelter's guests) reaches the first count only here. The model: this count's metric is read,
/// the count before it was read as <c>other</c> with no verb of its own before it (guessed, or given the second
/// count's first reading by <see cref="ClauseMetric"/>; "freed 30 prisoners and 12 patients travelled abroad" keeps
/// the freed), and the two are joined by "and" with only people between (<see cref="CoordinatedCount.SharesVerb"/>). Golden case: patients_and_companions_leave_for_care.
/// </summary>
internal sealed class CoordinatedLateFate : CountPhraseRule
{
    public static readonly CoordinatedLateFate Rule = new();

    // How far before the first count its own verb may stand: past a hedge ("freed more than 30").
    private const int VerbReach = 4;

    private CoordinatedLateFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!draft.MetricGuessed && draft.Metric is { } metric and not Metric.Other && phrase.Previous is { Metric: Metric.Other } guessed
            && CoordinatedCount.SharesVerb(reader, guessed, phrase.PreviousBound, phrase.QualifierFirst) && !VerbBefore(reader, phrase.PreviousBound))
        {
            guessed.Metric = metric;
            guessed.MetricGuessed = false;
        }
        return true;
    }

    // "freed 30 prisoners": a verb within a few words before the first count gave it a fate of its own.
    private static bool VerbBefore(PeopleCountReader reader, int previousLast)
    {
        var first = previousLast;
        while (first > 0 && reader.IsNumberToken(first - 1))
        {
            first--;
        }
        for (var i = first - 1; i >= 0 && i >= first - VerbReach; i--)
        {
            if (reader.Tokens[i].IsWord && (MetricWord.At(reader, i, first) is not null || ClaimLexicon.Released.Contains(reader.Word(i))))
            {
                return true;
            }
        }
        return false;
    }
}
