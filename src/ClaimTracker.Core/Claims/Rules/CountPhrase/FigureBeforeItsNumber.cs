namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The killings bring to 29 the number of paramedics killed in Gaza", "bringing to 898 the number of soldiers killed
/// since October 2023": a running total can put its figure before the toll it totals, after "bring to" / "raise to"
/// (counts.json totalVerbs), then "the number of" (tollWords) names the people and their fate. The figure counts the
/// people named after "of" (within six words, through names and nationalities), with the fate word that follows them.
/// A second total joined by "and" shares the first's verb ("bring to 48 the number of soldiers killed in Lebanon, and to
/// 795 the number of soldiers killed since October 7", Unseen37 haaretz-six-soldiers-killed-south-lebanon).
/// Golden cases: figure_before_the_number_of (Unseen15 un-news-rafah-medics-mass-grave, Unseen11 sky-news-nasser-hospital),
/// a_second_total_brought_to_a_figure.
/// </summary>
internal sealed class FigureBeforeItsNumber : CountPhraseRule
{
    public static readonly FigureBeforeItsNumber Rule = new();

    private const int NounReach = 6;
    private const int FateReach = 4;
    private static readonly WordSet TotalVerbs = WordLists.Set("totalVerbs");
    private static readonly WordSet TollWords = WordLists.Set("tollWords");

    private FigureBeforeItsNumber()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var q = phrase.QualifierFirst;
        var the = phrase.TokenAfter;
        if (phrase.Noun >= 0 || q - 2 <= phrase.PreviousBound || !reader.Is(q - 1, "to") || !(reader.IsIn(q - 2, TotalVerbs) || SecondTotal(reader, phrase))
            || !reader.Is(the, "the") || the + 2 >= reader.Tokens.Count || !reader.IsIn(the + 1, TollWords) || !reader.Is(the + 2, "of"))
        {
            return true;
        }
        var tokens = reader.Tokens;
        var nationalities = new List<string>();
        for (var k = the + 3; k < tokens.Count && k < the + 3 + NounReach && tokens[k].IsWord; k++)
        {
            var w = reader.Word(k);
            if (PeopleWords.IsPeopleNoun(w))
            {
                phrase.Noun = k;
                phrase.AfterCount = k + 1;
                phrase.Elided = false;
                MissingNationalities.AddTo(phrase.Nationalities, nationalities);
                phrase.NamedMetric = FateAfter(reader, k + 1);
                return true;
            }
            if (Nationality.At(reader.Text, tokens, k) is { } n)
            {
                nationalities.Add(n.Nationality.Adjective);
                k += n.Tokens - 1;
            }
            else if (!(ClaimLexicon.NounModifiers.Contains(w) || char.IsUpper(w[0]) || PeopleWords.IsDescribingWord(reader, k)))
            {
                return true;
            }
        }
        return true;
    }

    // "…, and to 795 the number of …": "and to" after a count the sentence already brought to a figure ("bring to 48").
    private static bool SecondTotal(PeopleCountReader reader, CountPhrase phrase)
    {
        var and = phrase.QualifierFirst - 2;
        if (phrase.Previous is null || !reader.Is(and, "and"))
        {
            return false;
        }
        for (var i = and - 1; i > 0; i--)
        {
            if (reader.Is(i, "to") && reader.IsIn(i - 1, TotalVerbs))
            {
                return true;
            }
        }
        return false;
    }

    // "staff and volunteers killed", "people who have died": the first fate word a few words after the people.
    internal static Metric? FateAfter(PeopleCountReader reader, int from)
    {
        var limit = Math.Min(reader.Tokens.Count, from + FateReach);
        for (var i = from; i < limit && reader.Tokens[i].IsWord; i++)
        {
            if (MetricWord.At(reader, i, limit) is { } metric)
            {
                return metric;
            }
        }
        return null;
    }
}
