namespace ClaimTracker.Core.Claims;

/// <summary>
/// A force named by its size: "a 5,000-strong force", "its 1,000-strong contingent", "the 10,000-strong peacekeeping
/// mission". Wire reports size a deployment this way instead of "5,000 troops": the number, a hyphen, "strong" and a
/// unit word (people.json <c>strengthUnits</c>) count the unit's soldiers. Read by <see cref="PeopleNounPhrase"/>; the
/// unit word is the count's noun and <see cref="SubjectNoun"/> names its people troops. A "-strong" before any other
/// word ("a 300-strong crowd", "a 20-strong team of doctors") is no force and stays no count.
/// "A further contingent of around 6,000" names the unit before a bare count (asked by <see cref="BareCount"/>).
/// Golden cases: strength_of_a_force_counts_its_troops.
/// </summary>
internal static class StrengthUnit
{
    private static readonly WordSet Units = WordLists.Set("strengthUnits");
    private static readonly WordSet SizeWords = WordLists.Set("forceSizeWords");

    // "the size of the North Korean force in Kursk at": the size word may stand ten words before "at".
    private const int SizeReach = 10;

    /// <summary>Whether <paramref name="w"/> is a force's unit word ("contingent", "force").</summary>
    public static bool IsUnit(ReadOnlySpan<char> w) => Units.Contains(w);

    /// <summary>Whether the count sizes a force its owner already has: "its 1,000-strong contingent", "their 300-strong unit".</summary>
    public static bool Owned(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.Noun >= 0 && Units.Contains(reader.Word(phrase.Noun)) && reader.Is(phrase.Noun - 1, "strong")
        && (reader.Is(phrase.TokenBefore, "its") || reader.Is(phrase.TokenBefore, "their"));

    /// <summary>The unit word of "a further contingent of around 6,000", "a force of 5,000" before a count with no
    /// people noun of its own, or -1.</summary>
    public static int OfBefore(PeopleCountReader reader, CountPhrase phrase)
    {
        var unit = phrase.TokenBefore - 1;
        return phrase.Noun < 0 && unit > phrase.PreviousBound && reader.Is(unit + 1, "of") && Units.Contains(reader.Word(unit)) ? unit : -1;
    }

    /// <summary>
    /// The unit word of a force whose size a speaker puts at the count: "has put the size of the North Korean force in
    /// Kursk at about 11,000" (Unseen72 chosunilbo), "estimated the strength of the contingent at 3,000". A size word
    /// (people.json <c>forceSizeWords</c>) and "of" within <see cref="SizeReach"/> words before "at"/"to", then a unit
    /// word within four words after "of"; or -1. "the size of the crowd" names no unit and stays no count.
    /// Golden case: size_of_a_force_put_at_a_figure.
    /// </summary>
    public static int SizedAt(PeopleCountReader reader, CountPhrase phrase)
    {
        var at = phrase.TokenBefore;
        if (phrase.Noun >= 0 || !(reader.Is(at, "at") || reader.Is(at, "to")))
        {
            return -1;
        }
        for (var s = at - 2; s > phrase.PreviousBound && s >= at - SizeReach; s--)
        {
            if (!reader.IsIn(s, SizeWords) || !reader.Is(s + 1, "of"))
            {
                continue;
            }
            for (var u = s + 2; u < at && u <= s + 5 && reader.Tokens[u].IsWord; u++)
            {
                if (Units.Contains(reader.Word(u)))
                {
                    return u;
                }
            }
            return -1;
        }
        return -1;
    }

    /// <summary>Whether ", who could leave", ", which will deploy" follows the count at <paramref name="i"/>: the
    /// relative clause forecasts the unit, which <see cref="Forecast"/> (reading to the comma) does not see.</summary>
    public static bool ForecastAfter(PeopleCountReader reader, int i) =>
        i + 2 < reader.Tokens.Count && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ','
        && (reader.Is(i + 1, "who") || reader.Is(i + 1, "which")) && reader.IsIn(i + 2, ClaimLexicon.Expected);

    /// <summary>The unit word after "-strong" at <paramref name="k"/>, or -1: "1,000-strong contingent", "5,000-strong
    /// peacekeeping force" (one describing word may stand before the unit).</summary>
    public static int At(PeopleCountReader reader, int k, int nextBound)
    {
        var tokens = reader.Tokens;
        if (!reader.Is(k, "strong") || k < 1 || tokens[k - 1].IsWord || reader.Text[tokens[k - 1].Start] is not ('-' or '\u2010' or '\u2011'))
        {
            return -1;
        }
        for (var u = k + 1; u < nextBound && u <= k + 3 && tokens[u].IsWord; u++)
        {
            if (Units.Contains(reader.Word(u)) && !(u + 1 < nextBound && tokens[u + 1].IsWord && Units.Contains(reader.Word(u + 1))))
            {
                return u;
            }
        }
        return -1;
    }
}
