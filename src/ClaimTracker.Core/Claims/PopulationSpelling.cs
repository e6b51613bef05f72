namespace ClaimTracker.Core.Claims;

/// <summary>
/// One spelling per population for the store: each nation a subject writes by its initials is written by the nation's
/// adjective ("US troops" and "U.S. troops" → "American troops"), the inverse of <see cref="NationByInitials.Subject"/>.
/// The extractor keeps the text's spelling (the golds score it); the store keeps this one, so one population is one
/// comparison row whichever spelling each article used, and subjects stored before the store did this are respelled
/// once on start.
/// </summary>
public static class PopulationSpelling
{
    /// <summary>The subject with initials that qualify a following word replaced by the nation's adjective.</summary>
    public static string Canonical(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var tokens = new List<Token>();
        Token.Split(subject, 0, subject.Length, tokens);
        var spelled = new System.Text.StringBuilder(subject.Length + 8);
        var from = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var word = subject.AsSpan(tokens[k].Start, tokens[k].Length);
            // Only initials that qualify a following word ("US troops", "US and Ukrainian troops"); "civilians in the
            // US" names a place, not a people.
            if (tokens[k].IsWord && k + 1 < tokens.Count && tokens[k + 1].IsWord && NationByInitials.Initials.Contains(word)
                && NationByInitials.IsCapitals(word) && Nationality.At(subject, tokens, k) is { Tokens: 1 } named)
            {
                spelled.Append(subject, from, tokens[k].Start - from).Append(named.Nationality.Adjective);
                from = tokens[k].End;
            }
        }
        return from == 0 ? subject : spelled.Append(subject, from, subject.Length - from).ToString();
    }

    /// <summary>
    /// The stored subjects that may spell a nation by its initials: SQL <c>LIKE</c> patterns (initials first or after a
    /// space, then a space), so the store reads only those rows when it respells subjects stored before.
    /// </summary>
    public static IReadOnlyList<string> InitialsPatterns { get; } =
        [.. NationByInitials.Initials.Words.SelectMany(i => new[] { i + " %", "% " + i + " %" })];
}
