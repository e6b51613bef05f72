namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Another 66 operatives of other terror groups, a Lebanese soldier and more than 100 civilians, three of them
/// journalists, have also been killed in Lebanon": the verb after the last count of a list is every count's, even with
/// a single person named between (a comma, then "a"/"an" and a singular person: metrics.json singularListLeads).
/// <see cref="CoordinatedCount.SharesVerb"/> shares the verb only across "and" with people between; here the first
/// count, left guessed (a deployment for fighters), takes the fate the last count read after it. The first count's
/// noun may keep a short "of" phrase ("of other terror groups"). Golden case: late_fate_across_a_list.
/// </summary>
internal sealed class LateFateAcrossAList : CountPhraseRule
{
    public static readonly LateFateAcrossAList Rule = new();

    // "of other terror groups": the first count's "of" phrase, and a singular part "a Lebanese army soldier", are short.
    private const int ShortPhrase = 4;

    private static readonly WordSet Leads = WordLists.Set("singularListLeads");

    private LateFateAcrossAList()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.MetricGuessed || phrase.ActiveVerb || draft.Metric is null or Metric.Other or Metric.Deployed or Metric.Engaged
            || phrase.Previous is not { MetricGuessed: true } previous || phrase.PreviousBound < 0 || !reader.Is(phrase.TokenBefore, "and"))
        {
            return true;
        }
        var comma = LastComma(reader, phrase.PreviousBound + 1, phrase.TokenBefore);
        if (comma < 0 || !FirstNounTail(reader, phrase.PreviousBound + 1, comma) || !SingularPart(reader, comma + 1, phrase.TokenBefore))
        {
            return true;
        }
        previous.Metric = draft.Metric;
        previous.MetricGuessed = false;
        return true;
    }

    private static int LastComma(PeopleCountReader reader, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return reader.Text[reader.Tokens[i].Start] == ',' ? i : -1;
            }
        }
        return -1;
    }

    // "operatives of other terror groups": people words, then at most a short "of" phrase.
    private static bool FirstNounTail(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (reader.Is(i, "of"))
            {
                return to - i - 1 is >= 1 and <= ShortPhrase;
            }
            var w = reader.Word(i);
            if (!PeopleWords.IsPeopleNoun(w) && !ClaimLexicon.NounModifiers.Contains(w) && !char.IsUpper(reader.Text[reader.Tokens[i].Start]))
            {
                return false;
            }
        }
        return true;
    }

    // "a Lebanese soldier": a lead, then a few words ending in a singular person.
    private static bool SingularPart(PeopleCountReader reader, int from, int to) =>
        reader.IsIn(from, Leads) && to - from - 1 is >= 1 and <= ShortPhrase && reader.IsIn(to - 1, ClaimLexicon.SingularPeople);
}
