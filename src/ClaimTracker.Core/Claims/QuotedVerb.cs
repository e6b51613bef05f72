namespace ClaimTracker.Core.Claims;

/// <summary>
/// The token of the verb right before a count, past the closing quote of a verb the reporter quotes: troops had
/// "neutralised" 23 insurgents reads "neutralised" as the active verb, so a second verb later in the sentence ("and
/// arrested 12") is not carried back to the first count. Golden case: quoted_verb_before_the_count.
/// </summary>
internal static class QuotedVerb
{
    public static int Before(PeopleCountReader reader, int qualifierFirst)
    {
        var i = qualifierFirst - 1;
        return i > 0 && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] is '"' or '\u201D' or '\u2019' or '\''
            && reader.Tokens[i - 1].IsWord
            ? i - 1
            : i;
    }

    /// <summary>The word after an opening quote at token <paramref name="i"/> (had been "sent to hell"), else <paramref name="i"/>.</summary>
    public static int After(PeopleCountReader reader, int i) =>
        i + 1 < reader.Tokens.Count && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] is '"' or '\u201C' or '\u2018'
            && reader.Tokens[i + 1].IsWord
            ? i + 1
            : i;
}
