namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country or town "home to" people described by their flight counts displaced people, whatever noun names them:
/// "Lebanon is home to about 1.5 million Syrians who fled the civil war" (Unseen53 gdn-unhcr), as "home to roughly 170
/// families who had fled the fighting" (Unseen26, Unseen48) already reads through <see cref="HomeToTheDisplaced"/>. A
/// demonym standing as the noun ("Syrians", "Sudanese") let the clause's other words decide; here the flight clause
/// after the count's noun, or after the word right after the count when no noun was found, makes the count displaced.
/// "Home to 11,000 people" with no flight stays a population (<see cref="PopulationOrSourceCount"/>).
/// Golden case: home_to_demonyms_who_fled.
/// </summary>
internal sealed class HomeToTheFled : CountPhraseRule
{
    public static readonly HomeToTheFled Rule = new();

    private HomeToTheFled()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric == Metric.Displaced || !reader.Is(phrase.TokenBefore, "to") || !reader.Is(phrase.TokenBefore - 1, "home"))
        {
            return true;
        }
        if (HomeToTheDisplaced.Follows(reader, phrase.Noun) || (phrase.Noun < 0 && HomeToTheDisplaced.Follows(reader, phrase.Last + 1))
            || HomeToTheDisplaced.Follows(reader, phrase.AfterCount - 1))
        {
            draft.Metric = Metric.Displaced;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
