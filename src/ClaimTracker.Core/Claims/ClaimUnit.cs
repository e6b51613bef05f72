namespace ClaimTracker.Core.Claims;

/// <summary>
/// The kind of people a figure counts when it is not the subject's plain troops or people: "3 generals" and "500
/// officers" share the subject "North Korean troops" with "11,000 troops", but are not points of one series.
/// </summary>
public static class ClaimUnit
{
    /// <summary>Words for the rank and file: a count of them is a count of the subject itself.</summary>
    private static readonly WordSet Plain = new(
        "troops", "troop", "soldiers", "servicemen", "servicemembers", "personnel", "forces", "fighters", "militants",
        "combatants", "people", "persons", "civilians", "individuals", "others");

    /// <summary>People nouns within this many words after the number belong to it ("11,000 North Korean elite troops").</summary>
    private const int Reach = 6;

    /// <summary>
    /// The people noun after the figure (in the text that follows its mention) when it names a distinct kind
    /// ("generals", "officers", "children"), lower-cased; null for the rank and file or when no noun follows closely.
    /// </summary>
    public static string? Of(string? textAfter)
    {
        if (string.IsNullOrEmpty(textAfter))
        {
            return null;
        }
        var words = 0;
        var span = textAfter.AsSpan();
        var i = 0;
        while (i < span.Length && words < Reach)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                // A sentence or clause ends before any noun of this figure.
                if (span[i] is '.' or ';' or ':' or '!' or '?' or '\n')
                {
                    return null;
                }
                i++;
            }
            var start = i;
            while (i < span.Length && (char.IsLetter(span[i]) || span[i] is '-' or '\''))
            {
                i++;
            }
            if (i == start)
            {
                break;
            }
            words++;
            var word = span[start..i];
            if (Plain.Contains(word))
            {
                return null;
            }
            // "two Lebanese soldiers", "four Lebanese": a demonym is the subject's nationality, never a kind of people.
            if (Nationality.Names(word))
            {
                continue;
            }
            if (ClaimLexicon.MilitaryNouns.Contains(word) || ClaimLexicon.IrregularNouns.Contains(word) || ClaimLexicon.CivilianNouns.Contains(word))
            {
                return word.ToString().ToLowerInvariant();
            }
        }
        return null;
    }
}
