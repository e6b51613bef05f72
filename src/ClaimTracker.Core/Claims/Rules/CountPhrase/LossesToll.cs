namespace ClaimTracker.Core.Claims;

/// <summary>
/// A toll of casualties or losses counts the killed and the wounded, not the dead: "casualties among North Korean troops
/// have now reached about 2,800", "the number of casualties rose to 3,200". A bare count after a toll is read as that
/// toll's figure (<see cref="BareCount"/>); the toll word nearest before it (counts.json tollWords) says which fate: a
/// losses word (metrics.json killedOrWounded) is killed or wounded; a toll that names the wounded ("injuries rose to
/// 14,078", "the wounded toll climbed to 418", "the number of injured had reached 170,833") counts the wounded; any
/// other ("death toll", "the number of dead") the dead. Read by <see cref="ClauseMetric"/>.
/// Golden cases: casualties_toll_is_killed_or_wounded, a_toll_of_the_injured_is_wounded.
/// </summary>
internal static class LossesToll
{
    private const int Reach = 32;

    // "the number of people injured": the fate may stand a few words after "of".
    private const int FateReach = 4;

    private static readonly WordSet TollWords = WordLists.Set("tollWords");

    public static Metric Of(PeopleCountReader reader, CountPhrase phrase)
    {
        if (WordBefore(reader, phrase) is not { } b)
        {
            return Metric.Killed;
        }
        if (ClaimLexicon.KilledOrWounded.Contains(reader.Word(b)))
        {
            return Metric.KilledOrWounded;
        }
        return NamedFate(reader, b, phrase.QualifierFirst);
    }

    /// <summary>The toll word nearest before the figure, within reach and after the count before it.</summary>
    public static int? WordBefore(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var b = phrase.TokenBefore; b > phrase.PreviousBound && b >= 0 && b >= phrase.QualifierFirst - Reach; b--)
        {
            if (reader.IsIn(b, TollWords))
            {
                return b;
            }
        }
        return null;
    }

    // "injuries", "the wounded toll", "the injury toll", "the number of (people) injured": the toll word is a wounded word,
    // one stands right before it, or the first fate word after its "of" is one. A dead word first keeps the dead, unless
    // "and"/"or" joins a wound word to it: "put the number of North Koreans killed or wounded in Kursk at more than
    // 3,900" (Unseen59 upi-jcs) is one total of both, killed or wounded, as the golds read "the number of … killed and
    // wounded" (golden case number_of_killed_or_wounded_put_at).
    private static Metric NamedFate(PeopleCountReader reader, int b, int figure)
    {
        if (ClaimLexicon.Wounded.Contains(reader.Word(b)) || reader.IsIn(b - 1, ClaimLexicon.Wounded))
        {
            return Metric.Wounded;
        }
        if (!reader.Is(b + 1, "of"))
        {
            return Metric.Killed;
        }
        for (var k = b + 2; k < figure && k <= b + 1 + FateReach && reader.Tokens[k].IsWord; k++)
        {
            var w = reader.Word(k);
            if (ClaimLexicon.KilledOrWounded.Contains(w))
            {
                return Metric.Killed;
            }
            if (ClaimLexicon.Killed.Contains(w))
            {
                return JoinedTo(reader, k, figure, ClaimLexicon.Wounded) ? Metric.KilledOrWounded : Metric.Killed;
            }
            if (ClaimLexicon.Wounded.Contains(w))
            {
                return JoinedTo(reader, k, figure, ClaimLexicon.Killed) ? Metric.KilledOrWounded : Metric.Wounded;
            }
        }
        return Metric.Killed;
    }

    /// <summary>
    /// The fate named right after a toll's people ("the number of North Korean soldiers killed … at 300"); "killed or
    /// wounded" there is one total of both (Unseen59 upi-jcs; golden case number_of_killed_or_wounded_put_at).
    /// </summary>
    public static Metric? PairedFate(PeopleCountReader reader, int k, int figure)
    {
        var fate = MetricWord.At(reader, k, k + 1);
        return fate == Metric.Killed && JoinedTo(reader, k, figure, ClaimLexicon.Wounded)
            || fate == Metric.Wounded && JoinedTo(reader, k, figure, ClaimLexicon.Killed)
            ? Metric.KilledOrWounded
            : fate;
    }

    // "killed or wounded", "wounded and killed": the other fate joined right after the first, before the figure; a
    // comma joins the first of a longer list ("killed, wounded or missing", Unseen64 ap-csis).
    private static bool JoinedTo(PeopleCountReader reader, int k, int figure, WordSet other) =>
        k + 2 < figure && (reader.Is(k + 1, "or") || reader.Is(k + 1, "and") || reader.IsMark(k + 1, ',')) && reader.IsIn(k + 2, other);
}
