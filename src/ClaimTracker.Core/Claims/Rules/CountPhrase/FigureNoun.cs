namespace ClaimTracker.Core.Claims;

/// <summary>
/// A figure noun standing for a count named before: "A missile killed 14 people … By evening the figure had risen to
/// 19", "that number had grown to 260", "the toll climbed to 40". "the figure", "that number", "the toll" with nothing
/// after the noun to say what it counts ("the number of drones", "the figure for damaged homes") is the count the
/// sentences before gave, so the new figure takes its people and fate. Asked by <see cref="BareCount"/> when the figure
/// word is no casualty word and no earlier count stands in the sentence. Golden case: figure_noun_stands_for_the_count.
/// </summary>
internal static class FigureNoun
{
    private const int Reach = 12;
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet Determiners = WordLists.Set("figureDeterminers");

    /// <summary>Whether a bare figure noun before the count stands for a count of people in the sentences before.</summary>
    public static bool StandsForEarlierCount(PeopleCountReader reader, CountPhrase phrase)
    {
        var tokens = reader.Tokens;
        for (var b = phrase.QualifierFirst - 1; b > phrase.PreviousBound && b >= phrase.QualifierFirst - Reach; b--)
        {
            if (!tokens[b].IsWord || !TollWords.Contains(reader.Word(b)))
            {
                continue;
            }
            // "the number of drones launched", "the figure for damaged homes": the noun says what it counts.
            var counted = b + 1 < tokens.Count && tokens[b + 1].IsWord && (reader.Is(b + 1, "of") || reader.Is(b + 1, "for") || reader.Is(b + 1, "on"));
            return !counted && b > 0 && tokens[b - 1].IsWord && Determiners.Contains(reader.Word(b - 1)) && phrase.Antecedent() is not null;
        }
        return false;
    }
}
