namespace ClaimTracker.Core.Claims;

/// <summary>
/// "eight people were injured, including three children. Two of the children are babies under one year old": a count
/// that is a part of people just counted ("N of the children", "N of the victims"), in a clause that names no fate of
/// its own, is some of those people and shares their fate. Ukrainian officials' attack updates break the victims down
/// so ("Three of the children were aged 2, 14 and 17" after a toll of 23 with four children, Unseen33 kyivindependent;
/// "Two of the victims were found by firefighters" after four lives taken, Unseen37 kyivindependent; Unseen62
/// ukrinform's injured infants). The fate is the earlier count's (<see cref="FigureAntecedent"/>: the sentence before's
/// deaths if it named any, else its last count; else the people last counted), and only a casualty fate is shared: a
/// part of the displaced or of a force stays as its own clause reads it. "Two of the dead", "of the wounded" name their
/// fate already. Golden cases: part_of_the_victims_shares_their_fate, part_of_the_children_just_counted.
/// </summary>
internal sealed class PartOfTheVictims : CountPhraseRule
{
    public static readonly PartOfTheVictims Rule = new();

    private static readonly WordSet Nouns = WordLists.Set("partOfTheVictimsNouns");

    private PartOfTheVictims()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var of = phrase.TokenAfter;
        if (!draft.MetricGuessed || of + 2 >= reader.Tokens.Count || !reader.Is(of, "of") || !reader.Is(of + 1, "the")
            || !reader.IsIn(of + 2, Nouns))
        {
            return true;
        }
        if ((phrase.EarlierCount() ?? phrase.Antecedent())?.Metric is { } fate and (Metric.Killed or Metric.Wounded or Metric.KilledOrWounded))
        {
            draft.Metric = fate;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
