namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The death toll … has climbed to 612, with more than 1,900 others wounded. 'Among the victims are 53 children and 98
/// women,' the minister said": a sentence that opens on "among the victims" names no fate of its own; its counts are
/// part of the toll the sentence before gave, and share its deaths (<see cref="FigureAntecedent"/>: the earlier
/// sentence's killed claim if it made one, else the people last counted). Lebanon's and Gaza's health ministries break a toll down so after each
/// update. Only when the count's own clause gave no metric; "Among the dead were 17 children" names its fate already.
/// Golden case: victims_of_the_toll_share_its_deaths.
/// </summary>
internal sealed class VictimsOfTheToll : CountPhraseRule
{
    public static readonly VictimsOfTheToll Rule = new();

    // How far the count may stand from the group's noun: "Among the victims are at least 53 children".
    private const int Reach = 5;

    private static readonly WordSet Leads = WordLists.Set("tollVictimLeads");
    private static readonly WordSet VictimNouns = WordLists.Set("tollVictimNouns");

    private VictimsOfTheToll()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!draft.MetricGuessed || OpeningVictims(reader) is not { } noun || phrase.QualifierFirst - noun > Reach
            || phrase.QualifierFirst <= noun)
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

    // The token of "victims" when the sentence opens (past a quotation mark) on "Among the victims".
    private static int? OpeningVictims(PeopleCountReader reader)
    {
        var first = 0;
        while (first < reader.Tokens.Count && !reader.Tokens[first].IsWord)
        {
            first++;
        }
        return first + 2 < reader.Tokens.Count && Leads.Contains(reader.Word(first))
            && reader.Is(first + 1, "the") && reader.IsIn(first + 2, VictimNouns)
            ? first + 2
            : null;
    }
}
