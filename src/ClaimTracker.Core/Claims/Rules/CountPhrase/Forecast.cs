namespace ClaimTracker.Core.Claims;

/// <summary>
/// Status expected: an observer's forecast in the clause ("are expected to", "could", "is likely to"); "may have been
/// killed" hedges a past event and is not one. A denial or plan read before wins. Golden cases: already_there_is_no_plan, agency_expects,
/// could_be_called_up_next_month, vague_thousands_more_expected, due_to_be_and_set_to, likely_higher_is_no_forecast,
/// died_soon_afterwards_is_reported, could_not_go_home_is_displaced, most_likely_lost_is_an_estimate,
/// never_be_forgotten_is_no_forecast (<see cref="Commemoration"/>), could_confirm_is_reported, may_have_lost_is_a_hedged_past
/// (an irregular participle after "have": status.json irregularParticiples).
/// </summary>
internal sealed class Forecast : CountPhraseRule
{
    public static readonly Forecast Rule = new();

    private static readonly WordSet SetToWords = WordLists.Set("setToWords");
    private static readonly WordSet PastSequence = WordLists.Set("pastSequence");
    private static readonly WordSet Relatives = WordLists.Set("forecastRelatives");
    private static readonly WordSet RelativeModals = WordLists.Set("relativeForecastModals");
    private static readonly WordSet PastHedges = WordLists.Set("pastHedges");
    private static readonly WordSet IrregularParticiples = WordLists.Set("irregularParticiples");
    private static readonly WordSet Intensifiers = WordLists.Set("hedgeIntensifiers");
    private static readonly WordSet PerfectAuxiliaries = WordLists.Set("perfectAuxiliaries");
    private static readonly WordSet LosingVerbs = WordLists.Set("losingVerbs");
    private static readonly WordSet KnowledgeVerbs = WordLists.Set("knowledgeVerbs");
    private static readonly WordSet KnowledgeBridges = WordLists.Set("knowledgeBridges");

    private Forecast()
        : base(RuleTriggers.Of("forecast"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status == ClaimStatus.Reported && !AlreadySo.Follows(reader, phrase) && !PeopleWhoFled.Follows(reader, phrase, draft)
            && (HasExpectation(reader, phrase.Left, EstimateStart(reader, phrase)) || HasExpectation(reader, phrase.AfterCount, phrase.Right)
                || RelativeForecast(reader, phrase.Right)))
        {
            draft.Status = ClaimStatus.Expected;
        }
        return true;
    }

    // "the total death toll could range between 105,000 and 125,000": a modal on the toll's level estimates what has
    // happened (HedgedLevel), so the words before the figure are read only up to it.
    private static int EstimateStart(PeopleCountReader reader, CountPhrase phrase) =>
        HedgedLevel.Start(reader, phrase) is var m and >= 0 ? m : phrase.QualifierFirst;

    // "between 25,000 and 30,000 soldiers, who could reach Russia by November", "4,000 engineers who may be sent": the
    // clause ends at the relative pronoun, but an observer's modal opening the relative clause (status.json
    // relativeForecastModals) forecasts the people counted (Unseen31 japantimes-cnn; golden case who_could_reach_is_expected).
    private static bool RelativeForecast(PeopleCountReader reader, int right)
    {
        var who = right < reader.Tokens.Count && !reader.Tokens[right].IsWord ? right + 1 : right;
        return reader.IsIn(who, Relatives) && reader.IsIn(who + 1, RelativeModals) && HasExpectation(reader, who + 1, who + 2);
    }

    // "North Korea had most likely lost more than 5,500 servicemen", "have highly likely sustained", "likely suffered": a
    // hedge on a perfect or a past verb is an estimate of what happened, not a forecast (Unseen33, Unseen38; golden case
    // most_likely_lost_is_an_estimate). "is likely to call up" still looks ahead.
    private static bool HedgesThePast(PeopleCountReader reader, int i)
    {
        if (!reader.IsIn(i, PastHedges))
        {
            return false;
        }
        var before = i - 1;
        while (reader.IsIn(before, Intensifiers))
        {
            before--;
        }
        return reader.IsIn(before, PerfectAuxiliaries) || reader.IsIn(i + 1, LosingVerbs)
            || (i + 1 < reader.Tokens.Count && reader.Tokens[i + 1].IsWord && reader.Word(i + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    // "said it could confirm only two prisoners", "could only verify 40": what the speaker was able to establish is a
    // statement about the count as known, not a forecast (Unseen50 kbs-nis; golden case could_confirm_is_reported).
    private static bool PastAbility(PeopleCountReader reader, int j)
    {
        while (reader.IsIn(j, KnowledgeBridges))
        {
            j++;
        }
        return reader.IsIn(j, KnowledgeVerbs);
    }

    private static bool HasExpectation(PeopleCountReader reader, int from, int to)
    {
        var tokens = reader.Tokens;
        for (var i = from; i < to; i++)
        {
            // "the army is set to deploy 5,000 soldiers": "set to" is a forecast, "set fire to" is not.
            if (tokens[i].IsWord && SetToWords.Contains(reader.Word(i)) && reader.Is(i + 1, "to"))
            {
                return true;
            }
            if (!tokens[i].IsWord || !ClaimLexicon.Expected.Contains(reader.Word(i)) || (i > 0 && reader.Word(i).SequenceEqual("May")) || SizeHedge.After(reader, i))
            {
                continue;
            }
            // "25,000 more men died in 2022 than expected": a comparison with a baseline counts the past (Unseen74
            // ap-mediazona-meduza; golden case more_deaths_than_expected_is_reported).
            if (reader.Is(i - 1, "than"))
            {
                continue;
            }
            // "3,000 people could not go home": a past inability, not a forecast.
            if (reader.Is(i, "could") && (reader.Is(i + 1, "not") || PastAbility(reader, i + 1)))
            {
                continue;
            }
            // "died of their wounds soon afterwards", "soon after reaching hospital": an order of past events.
            if (reader.Is(i, "soon") && i + 1 < tokens.Count && tokens[i + 1].IsWord && PastSequence.Contains(reader.Word(i + 1)))
            {
                continue;
            }
            if (HedgesThePast(reader, i) || Commemoration.Follows(reader, i))
            {
                continue;
            }
            // "may have been killed", "may have lost up to 4,000" hedge a past event; they do not look ahead.
            var j = i + 1;
            while (j < tokens.Count && (!tokens[j].IsWord || reader.Is(j, "soon") || reader.Is(j, "also") || reader.Is(j, "already")))
            {
                j++;
            }
            if (j < tokens.Count && reader.Is(j, "have") && j + 1 < tokens.Count && tokens[j + 1].IsWord
                && (reader.Is(j + 1, "been") || reader.Word(j + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || reader.Word(j + 1).EndsWith("en", StringComparison.OrdinalIgnoreCase) || IrregularParticiples.Contains(reader.Word(j + 1))))
            {
                continue;
            }
            return true;
        }
        return false;
    }
}
