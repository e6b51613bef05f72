namespace ClaimTracker.Core.Claims;

/// <summary>
/// One aside model for commas, dashes and brackets between a count and its verb: "30 Palestinians, including 12
/// children, were killed", "six health workers - four doctors, a nurse and a pharmacist - were abducted", "400,000
/// people (or over half of the district) have fled". A comma aside closes at the next comma; a dash aside (an en or em
/// dash, or a hyphen with a space either side) at the next dash, and a bracket at its closing bracket, so commas inside
/// them do not end them. A semicolon or full stop ends the search. Asked by <see cref="ClauseMetric"/> (reading on to
/// the verb) and <see cref="Aside"/> (a count opening a dash or bracket aside is an aside of the count before).
/// Golden cases: aside_between_dashes_or_commas, dash_aside_with_a_list.
/// </summary>
internal static class CountAside
{
    /// <summary>Whether token <paramref name="i"/> opens an aside: a comma, a dash or an opening bracket.</summary>
    public static bool Opens(PeopleCountReader reader, int i) =>
        i >= 0 && i < reader.Tokens.Count && !reader.Tokens[i].IsWord && (reader.Text[reader.Tokens[i].Start] is ',' or '(' || IsDash(reader, i));

    /// <summary>Whether token <paramref name="i"/> is a dash or an opening bracket, marks that only open an aside.</summary>
    public static bool OpensEnclosed(PeopleCountReader reader, int i) =>
        Opens(reader, i) && reader.Text[reader.Tokens[i].Start] != ',';

    /// <summary>
    /// Whether the count whose words start at <paramref name="qualifierFirst"/> opens a dash or bracket aside right
    /// after the count before it and its noun ("six health workers - four doctors, … - were abducted"), closed after it.
    /// </summary>
    public static bool OpenedBy(PeopleCountReader reader, int previousBound, int qualifierFirst, int last)
    {
        var open = qualifierFirst - 1;
        if (open - previousBound > 5 || !OpensEnclosed(reader, open))
        {
            return false;
        }
        for (var i = previousBound + 1; i < open; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
        }
        return Close(reader, open) > last;
    }

    /// <summary>
    /// Whether the count opens a dash or bracket breakdown after the whole clause of the count before ("19 Israelis have
    /// been killed on the northern front since October 8 – 11 soldiers and reservists and eight civilians –"): no
    /// comma or other mark between them, the aside closed after it. Golden case: a_breakdown_after_the_clause.
    /// </summary>
    public static bool OpensBreakdown(PeopleCountReader reader, int previousBound, int qualifierFirst, int last)
    {
        var open = qualifierFirst - 1;
        if (previousBound < 0 || open - previousBound > BreakdownReach || !OpensEnclosed(reader, open) || !OnlyWords(reader, previousBound + 1, open))
        {
            return false;
        }
        return Close(reader, open) > last;
    }

    /// <summary>
    /// Whether a count joined by "and" to the breakdown's first part goes on inside the same aside ("– 11 soldiers and
    /// reservists and eight civilians –"): only words since the part before, and the aside still open after it.
    /// </summary>
    public static bool ContinuesBreakdown(PeopleCountReader reader, int previousBound, int qualifierFirst, int last)
    {
        if (previousBound < 1 || !reader.Is(qualifierFirst - 1, "and") || !OnlyWords(reader, previousBound + 1, qualifierFirst))
        {
            return false;
        }
        var open = previousBound - 1;
        while (open > 0 && reader.Tokens[open].IsWord)
        {
            open--;
        }
        return OpensEnclosed(reader, open) && Close(reader, open) > last;
    }

    /// <summary>
    /// Whether a count joined by "and" to a listed part of an aside goes on in the same list ("killed nine civilians,
    /// among them four women and three children, and wounded 17 others", Unseen50 sudantribune-el-fasher; "including
    /// six women and three children"): only the part's noun and "and" since it, so "including 12 children, and 40
    /// wounded" (a comma) or "and wounded 17 others" (a verb) go back to the outer count.
    /// </summary>
    public static bool ContinuesList(PeopleCountReader reader, int previousBound, int qualifierFirst) =>
        previousBound >= 0 && qualifierFirst - previousBound <= ListReach && reader.Is(qualifierFirst - 1, "and")
        && OnlyWords(reader, previousBound + 1, qualifierFirst) && PeopleWords.IsPeopleNoun(reader.Word(qualifierFirst - 2))
        && !ClaimLexicon.MetricNouns.Contains(reader.Word(qualifierFirst - 2));

    // The part's people noun, perhaps one modifier, and "and": "four women and", "two young girls and".
    private const int ListReach = 4;

    private const int BreakdownReach = 16;

    private static bool OnlyWords(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The token that closes the aside opened at <paramref name="open"/>, or -1 when none closes it.</summary>
    public static int Close(PeopleCountReader reader, int open)
    {
        var tokens = reader.Tokens;
        var text = reader.Text;
        var opener = text[tokens[open].Start];
        var dash = IsDash(reader, open);
        for (var i = open + 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                continue;
            }
            var c = text[tokens[i].Start];
            if (c is ';' or '.')
            {
                return -1;
            }
            if (dash ? IsDash(reader, i) : opener == '(' ? c == ')' : c == ',' && !AgeList.CommaInside(reader, i))
            {
                return i;
            }
            if (!dash && opener == ',' && (c is ')' || IsDash(reader, i)))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>"–", "—", or "-" standing alone between spaces (a hyphen inside "burnt-out" joins words).</summary>
    public static bool IsDash(PeopleCountReader reader, int i)
    {
        var t = reader.Tokens[i];
        var text = reader.Text;
        return text[t.Start] switch
        {
            '–' or '—' => true,
            '-' => t.Start > 0 && char.IsWhiteSpace(text[t.Start - 1]) && t.Start + 1 < text.Length && char.IsWhiteSpace(text[t.Start + 1]),
            _ => false,
        };
    }
}
