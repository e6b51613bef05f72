namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count stated of its clause's subject: "North Korean workers sent to Russian factories numbered about 15,000 last
/// year", "the displaced in the camp totalled some 40,000", "Ukrainian prisoners held in Kursk number at least 300". A
/// figure right after a verb of numbering (counts.json numberingVerbs) with no noun of its own counts the people noun
/// that opens the clause before the verb (after the last comma, within sixteen words), with the nationality right before
/// that noun; a fate named between the noun and the verb ("sent", "held", "killed") is the count's; a year inside the
/// subject ("since October 2023") does not end it. Golden cases: workers_numbered_about, subject_with_a_year_numbered.
/// </summary>
internal sealed class CopularCount : CountPhraseRule
{
    public static readonly CopularCount Rule = new();

    private static readonly WordSet NumberingVerbs = WordLists.Set("numberingVerbs");

    private const int MaxSubjectWords = 16;

    private CopularCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (phrase.Noun >= 0 || phrase.SawThem || phrase.Elided || verb <= phrase.PreviousBound + 1 || !reader.IsIn(verb, NumberingVerbs))
        {
            return true;
        }
        if (Subject(reader, verb, phrase.PreviousBound) is not { } noun)
        {
            return true;
        }
        phrase.Noun = noun;
        phrase.AfterCount = phrase.TokenAfter;
        if (BareCount.NationalityBefore(reader, noun) is { } nationality)
        {
            phrase.Nationalities.Add(nationality);
        }
        for (var i = noun; i < verb; i++)
        {
            if (reader.Tokens[i].IsWord && MetricWord.At(reader, i, verb) is { } metric)
            {
                phrase.NamedMetric = metric;
                break;
            }
        }
        return true;
    }

    private static bool OnlyAFate(ReadOnlySpan<char> w) =>
        ClaimLexicon.MetricNouns.Contains(w) && !ClaimLexicon.MilitaryNouns.Contains(w) && !ClaimLexicon.CivilianNouns.Contains(w) && !ClaimLexicon.IrregularNouns.Contains(w);

    private static bool IsYear(PeopleCountReader reader, int i) =>
        reader.Tokens[i].Length == 4 && int.TryParse(reader.Word(i), out var year) && year is >= 1900 and <= 2100;

    // The first people noun of the clause before the verb: back to a comma, a colon or semicolon, another number, or
    // sixteen words.
    private static int? Subject(PeopleCountReader reader, int verb, int previousBound)
    {
        int? subject = null;
        // "Aid workers killed in the Gaza Strip since October 2023 now number 548": a year inside the subject is no
        // count that bounds it (golden case: subject_with_a_year_numbered).
        var floor = previousBound >= 0 && IsYear(reader, previousBound) ? -1 : previousBound;
        for (var i = verb - 1; i > floor && i >= verb - MaxSubjectWords; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                if (reader.Text[reader.Tokens[i].Start] is ',' or ';' or ':' or '(' or ')')
                {
                    break;
                }
                continue;
            }
            if (reader.IsNumberToken(i))
            {
                if (IsYear(reader, i))
                {
                    continue;
                }
                break;
            }
            if (PeopleWords.IsPeopleNoun(reader.Word(i)))
            {
                subject = i;
            }
        }
        // "the displaced families": a people word describing the next one leaves the noun to it; a fate after the
        // noun ("aid workers killed") describes nobody after it.
        while (subject is { } s && s + 1 < verb && reader.Tokens[s + 1].IsWord && PeopleWords.IsPeopleNoun(reader.Word(s + 1)) && !OnlyAFate(reader.Word(s + 1)))
        {
            subject = s + 1;
        }
        return subject;
    }
}
