namespace ClaimTracker.Core.Claims;

/// <summary>
/// A figure noun standing for a count named before: "A missile killed 14 people … By evening the figure had risen to
/// 19", "that number had grown to 260", "the toll climbed to 40". "the figure", "that number", "the toll" with nothing
/// after the noun to say what it counts ("the number of drones", "the figure for damaged homes") is the count the
/// sentences before gave, so the new figure takes its people and fate. Asked by <see cref="BareCount"/> when the figure
/// word is no casualty word and no earlier count stands in the sentence. The noun may be an estimate or a total and carry
/// its owner or a modifier: "the U.S. figure was about 3,000", "South Korea's own estimate stood at around 3,700", "up
/// from its April estimate of 600" (counts.json figureModifiers, capitalised words, a possessive). Golden cases:
/// figure_noun_stands_for_the_count, owners_estimate_stands_for_the_count.
/// </summary>
internal static class FigureNoun
{
    private const int Reach = 12;
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet Determiners = WordLists.Set("figureDeterminers");
    private static readonly WordSet Modifiers = WordLists.Set("figureModifiers");
    private static readonly WordSet Comparatives = WordLists.Set("sizeComparatives");

    /// <summary>Whether the comma at <paramref name="p"/> follows a comparative: "puts the number higher, close to 12,000".</summary>
    public static bool ComparedBefore(PeopleCountReader reader, int p) =>
        p >= 1 && !reader.Tokens[p].IsWord && reader.Text[reader.Tokens[p].Start] == ',' && reader.IsIn(p - 1, Comparatives);

    /// <summary>Whether a bare figure noun before the count stands for a count of people in the sentences before.</summary>
    public static bool StandsForEarlierCount(PeopleCountReader reader, CountPhrase phrase)
    {
        var tokens = reader.Tokens;
        for (var b = phrase.TokenBefore; b > phrase.PreviousBound && b >= phrase.QualifierFirst - Reach; b--)
        {
            if (!tokens[b].IsWord || !TollWords.Contains(reader.Word(b)))
            {
                continue;
            }
            // "the number of drones launched", "the figure for damaged homes": the noun says what it counts.
            var counted = b + 1 < tokens.Count && tokens[b + 1].IsWord && (reader.Is(b + 1, "of") || reader.Is(b + 1, "for") || reader.Is(b + 1, "on"));
            return !counted && Determined(reader, b) && !CountsThingsBefore(reader, b) && phrase.Antecedent() is not null;
        }
        return false;
    }

    // "118 air strikes had been recorded …, bringing the total … to 9,191": a number earlier in the sentence that made no
    // claim counts things, and the figure noun after it totals them.
    private static bool CountsThingsBefore(PeopleCountReader reader, int noun)
    {
        for (var k = 0; k < noun; k++)
        {
            if (reader.Tokens[k].IsWord && char.IsDigit(reader.Text[reader.Tokens[k].Start]))
            {
                return true;
            }
        }
        return false;
    }

    // "the figure", "its April estimate", "the U.S. figure", "South Korea's own estimate": a determiner or an owner's
    // possessive, with up to two names or figure modifiers between it and the noun; "a figure", "higher figure" are not.
    private static bool Determined(PeopleCountReader reader, int noun)
    {
        var tokens = reader.Tokens;
        for (var d = noun - 1; d >= 0 && d >= noun - 5; d--)
        {
            if (!tokens[d].IsWord)
            {
                // The dots of "U.S." and the apostrophe of a possessive stand inside the figure's owner.
                var c = reader.Text[tokens[d].Start];
                if (c is '.' or '\'' or '\u2019')
                {
                    continue;
                }
                return false;
            }
            var word = reader.Word(d);
            if (Determiners.Contains(word) || (word is "s" && d > 0 && !tokens[d - 1].IsWord && reader.Text[tokens[d - 1].Start] is '\'' or '\u2019'))
            {
                return true;
            }
            if (!(char.IsUpper(word[0]) || Modifiers.Contains(word)))
            {
                return false;
            }
        }
        return false;
    }
}
