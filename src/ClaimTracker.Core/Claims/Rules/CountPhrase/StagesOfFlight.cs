namespace ClaimTracker.Core.Claims;

/// <summary>
/// A displaced total told in stages: the part of those who fled that has reached a refuge, and the part still on the
/// way, are still displaced, not deployed or merely "other". Two constructions, both common in IOM and NGO flash updates:
/// a sentence opened by the whole that fled ("Of those who fled, at least 2,300 have reached El Obeid", "Of the
/// displaced, some 900 are in Kosti": "of", then a flight word of metrics.json displaced or leftHomes before a comma
/// and the count), whoever the speaker is; and civilians "still on the road" or "on the move" (metrics.json
/// onTheRoadNouns after "on the"), where no verb of movement names the stage, read past the apposition when the count
/// stands apposed to the remainder ("The rest, more than 2,900 people, are still on the road", "The others, some 1,200
/// families, are walking south": metrics.json remainderWords, onTheMove). Soldiers on the move stay deployed.
/// Golden case: stages_of_a_flight_stay_displaced.
/// </summary>
internal sealed class StagesOfFlight : CountPhraseRule
{
    public static readonly StagesOfFlight Rule = new();

    private static readonly WordSet LeftHomes = WordLists.Set("leftHomes");
    private static readonly WordSet RoadNouns = WordLists.Set("onTheRoadNouns");
    private static readonly WordSet Remainders = WordLists.Set("remainderWords");
    private static readonly WordSet Moves = WordLists.Set("onTheMove");

    private StagesOfFlight()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var weak = draft.Metric is Metric.Deployed or Metric.Engaged || (draft.Metric == Metric.Other && draft.MetricGuessed) || draft.Metric is null;
        var to = RemainderApposed(reader, phrase.QualifierFirst) ? reader.Tokens.Count : phrase.Right;
        var moving = OnTheRoad(reader, phrase.AfterCount, to) || (to > phrase.Right && reader.HasAny(Moves, phrase.Right, to));
        if (weak && (PartOfThoseWhoFled(reader, phrase.QualifierFirst) || (!draft.Military && moving)))
        {
            draft.Metric = Metric.Displaced;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "Of those who fled, …", "Of the 5,000 people displaced, …": the sentence opens with "of" and names a flight
    // before the comma that leads to the count.
    private static bool PartOfThoseWhoFled(PeopleCountReader reader, int count)
    {
        if (count < 3 || !reader.Is(0, "of") || !IsComma(reader, count - 1))
        {
            return false;
        }
        for (var i = 1; i < count - 1; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (ClaimLexicon.Displaced.Contains(reader.Word(i)) || LeftHomes.Contains(reader.Word(i)))
            {
                return true;
            }
        }
        return false;
    }

    // "The rest, more than 2,900 people, are still on the road": the count apposed to the remainder (metrics.json
    // remainderWords) that opens the sentence; its verb comes after the apposition's closing comma.
    private static bool RemainderApposed(PeopleCountReader reader, int count) =>
        count == 3 && reader.Is(0, "the") && reader.Tokens[1].IsWord && Remainders.Contains(reader.Word(1)) && IsComma(reader, 2);

    // "are still on the road", "remain on the move".
    private static bool OnTheRoad(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(from, 0); i + 2 < to && i + 2 < reader.Tokens.Count; i++)
        {
            if (reader.Is(i, "on") && reader.Is(i + 1, "the") && reader.IsIn(i + 2, RoadNouns))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsComma(PeopleCountReader reader, int j) =>
        !reader.Tokens[j].IsWord && reader.Text[reader.Tokens[j].Start] == ',';
}
