namespace ClaimTracker.Core.Claims;

/// <summary>
/// The whole of a partitive: in "about 4,000 of the 11,000 North Korean troops sent to Kursk had been killed", the
/// verb after the noun phrase tells what happened to the part; the whole's soldiers are those deployed, unless a
/// participle right after their noun names another fate ("of the 800 soldiers captured"); a whole of residents with
/// no fate of its own is a population, not a claim. Golden cases:
/// partitive_part_and_whole, a_whole_of_the_freed, partitive_of_a_demonym.
/// </summary>
internal sealed class PartitiveWhole : CountPhraseRule
{
    public static readonly PartitiveWhole Rule = new();

    private static readonly WordSet FreedParticiples = WordLists.Set("freedWholeParticiples");

    private PartitiveWhole()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun < 0 || !IsWhole(reader, phrase))
        {
            return true;
        }
        var participle = phrase.Noun + 1 < reader.Tokens.Count ? MetricWord.At(reader, phrase.Noun + 1, reader.Tokens.Count) : null;
        if (participle is null && phrase.Noun + 1 < reader.Tokens.Count && reader.Tokens[phrase.Noun + 1].IsWord
            && FreedParticiples.Contains(reader.Word(phrase.Noun + 1)))
        {
            // "Three of the 150 Palestinians freed were later killed": a whole named by its release is the released,
            // other, whatever befell the part (counts.json freedWholeParticiples; golden case a_whole_of_the_freed).
            draft.Metric = Metric.Other;
            draft.MetricGuessed = false;
            return true;
        }
        if (!draft.Military)
        {
            // "some 82,000 of the town's 260,000 residents have fled": residents with no fate of their own are the
            // town's population, not a claim; "of the 129 hostages" and "of the 50 people killed" are. A participle
            // after the noun is the whole's own fate, not the part's verb: "of the roughly 12,000 North Koreans
            // deployed had been killed" (golden case partitive_of_a_demonym).
            if (participle is { } own)
            {
                draft.Metric = own;
                draft.MetricGuessed = false;
                return true;
            }
            return ClaimLexicon.MetricNouns.Contains(reader.Word(phrase.Noun));
        }
        draft.Metric = participle ?? Metric.Deployed;
        draft.MetricGuessed = false;
        return true;
    }

    // "of the 11,000": the count right before "of" is the part, with only determiners and names in between.
    private static bool IsWhole(PeopleCountReader reader, CountPhrase phrase)
    {
        var of = phrase.PreviousBound + 1;
        return phrase.Previous is not null && phrase.PreviousBound >= 0 && reader.Is(of, "of") && phrase.QualifierFirst > of && phrase.QualifierFirst - of <= 5
            && phrase.Previous.Number.End > reader.Tokens[phrase.PreviousBound].Start && phrase.Previous.Number.End <= reader.Tokens[of].Start
            && !SecondConjunct(reader, of, phrase.QualifierFirst);
    }

    // "83 of its soldiers and 47 civilians were killed": a people noun or "and" between "of" and the figure closes the
    // part's noun phrase; the figure is a second count beside the part, not its whole (golden case:
    // partitive_then_a_second_count).
    private static bool SecondConjunct(PeopleCountReader reader, int of, int count)
    {
        for (var i = of + 1; i < count; i++)
        {
            if (reader.Tokens[i].IsWord && (reader.Is(i, "and") || reader.Is(i, "or") || PeopleWords.IsPeopleNoun(reader.Word(i))))
            {
                return true;
            }
        }
        return false;
    }
}
