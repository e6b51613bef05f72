namespace ClaimTracker.Core.Claims;

/// <summary>
/// A ratio, not a count: "thirty deaths in Lebanon for every one fatality in Israel", "losing five to six soldiers for
/// every Ukrainian soldier killed", "For every person that is reported, there are two or three families too afraid to
/// say anything". Either side of "for every" (counts.json ratioLeads) states how two counts compare, and the golds list
/// neither side (Unseen74 channel4-factcheck: "ratios and proportions … are not claims"; Unseen72 rbcukraine-explainer, Unseen7
/// reuters-sinaloa). Read on three shapes, after the hedge (<see cref="Hedge"/> sets where the figure's words begin): the
/// figure and its noun phrase, up to a few words with no mark between, then "for every"; "for every" right before the
/// figure ("for every 20 residents"); and a sentence opened by "For every" whose figure stands after that clause's comma. "for each" is left alone: the golds keep "15 for each Israeli captive"
/// (a deal's rate) as an optional claim. Golden cases: a_ratio_of_deaths_is_no_count, for_every_opening_a_sentence_is_a_ratio,
/// and the near-miss every_day_after_a_count_is_no_ratio.
/// </summary>
internal sealed class RatioOfCounts : CountPhraseRule
{
    public static readonly RatioOfCounts Rule = new();

    // "thirty deaths in Lebanon for every": the words between the figure's last token and "for".
    private const int Reach = 5;

    private static readonly WordSet Leads = WordLists.Set("ratioLeads");
    private static readonly WordSet Determiners = WordLists.Set("ratioDeterminers");
    private static readonly WordSet RateUnits = WordLists.Set("rateUnits");

    private RatioOfCounts()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !(Follows(reader, phrase.Last + 1) || At(reader, phrase.QualifierFirst - 2) || Opens(reader, phrase.QualifierFirst));

    // "thirty deaths in Lebanon for every one …": "for every" a few words after the figure, inside its clause.
    private static bool Follows(PeopleCountReader reader, int from)
    {
        var tokens = reader.Tokens;
        for (var i = from; i < tokens.Count && i <= from + Reach && tokens[i].IsWord; i++)
        {
            if (At(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool At(PeopleCountReader reader, int i) =>
        reader.IsIn(i, Leads) && reader.IsIn(i + 1, Determiners)
        // "for every day of the siege": a time after "every" is a rate over time, not a ratio of two counts.
        && !reader.IsIn(i + 2, RateUnits);

    // "For every person that is reported, there are two or three families …": the figure after the opening clause, which
    // may open a quotation.
    private static bool Opens(PeopleCountReader reader, int first)
    {
        var open = reader.Tokens.Count > 0 && !reader.Tokens[0].IsWord ? 1 : 0;
        if (!At(reader, open))
        {
            return false;
        }
        for (var i = open + 2; i < first; i++)
        {
            if (reader.IsMark(i, ','))
            {
                return true;
            }
        }
        return false;
    }
}
