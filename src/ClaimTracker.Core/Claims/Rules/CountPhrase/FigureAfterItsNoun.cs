namespace ClaimTracker.Core.Claims;

/// <summary>
/// A figure set off after its noun: "the dead included civilians (23) and soldiers (4)", "The wounded — 112 — were
/// taken to hospital", "casualties – 41 – were …". The bracket or dash marks the number as the size of the people just
/// named, so the noun before it is the count's noun, and a fate noun ("the wounded") is the count's fate. A thing
/// before the bracket ("the market's stalls (40)", "the Dougui site (31,000)") is no people noun and stays out.
/// Asked by <see cref="BareCount"/>. Golden cases: figure_in_brackets_after_its_people, figure_after_a_dash.
/// </summary>
internal static class FigureAfterItsNoun
{
    /// <summary>The people noun's token before the bracket or dash that opens the figure, or null.</summary>
    public static int? Noun(PeopleCountReader reader, CountPhrase phrase)
    {
        var open = phrase.TokenBefore;
        var noun = open - 1;
        if (noun <= phrase.PreviousBound || noun < 0 || reader.Tokens[open].IsWord || !reader.Tokens[noun].IsWord)
        {
            return null;
        }
        var mark = reader.Text[reader.Tokens[open].Start];
        if (!(mark == '(' ? Closes(reader, phrase.TokenAfter, ')') : IsDash(mark) && EndsAside(reader, phrase.TokenAfter)))
        {
            return null;
        }
        return PeopleWords.IsPeopleNoun(reader.Word(noun)) ? noun : null;
    }

    private static bool Closes(PeopleCountReader reader, int i, char mark) =>
        i < reader.Tokens.Count && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == mark;

    // "— 112 —", "– 41,", or the sentence's end: the figure stands alone between the marks.
    private static bool EndsAside(PeopleCountReader reader, int i) =>
        i >= reader.Tokens.Count || (!reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] is '—' or '–' or ',' or '.' or ';');

    private static bool IsDash(char c) => c is '—' or '–';
}
