namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The outlets, which count Russian soldiers confirmed dead from obituaries, have named more than 78,000 of them"
/// (Unseen72 rbcukraine): a tally of "N of them" after a verb of counting (counts.json <c>tallyVerbs</c>: named,
/// recorded, identified …) counts the people the same sentence named before the verb, often inside a relative clause
/// that says how the tally is kept, when a fate describes them ("confirmed dead", "fallen soldiers"). The sentence's
/// own noun is nearer than any people the sentences before carried, and a count kept of the dead is a count of the
/// dead, whatever verb keeps it. Without a fate beside the noun nothing is read here ("the staff counted 40 of them"
/// says nothing of what befell them). Read by <see cref="BareCount"/>. Golden cases: counters_named_them_all, tally_of_the_confirmed_dead,
/// tallied_them_without_a_fate.
/// </summary>
internal static class TalliedOfThem
{
    private static readonly WordSet TallyVerbs = WordLists.Set("tallyVerbs");

    // "which count Russian soldiers confirmed dead from obituaries and public records, have named": the noun may stand
    // a long relative clause before the verb of counting.
    private const int Reach = 24;

    /// <summary>The people noun the tally counts and its fate, or (-1, null).</summary>
    public static (int Noun, Metric? Fate) Counted(PeopleCountReader reader, CountPhrase phrase)
    {
        var verb = phrase.QualifierFirst - 1;
        if (!phrase.SawThem || verb <= phrase.PreviousBound || !reader.IsIn(verb, TallyVerbs))
        {
            return (-1, null);
        }
        for (var k = verb - 1; k > phrase.PreviousBound && k >= verb - Reach; k--)
        {
            // "confirmed dead": a fate word read as a noun ("the dead") describes the people before it.
            if (!reader.Tokens[k].IsWord || !PeopleWords.IsPeopleNoun(reader.Word(k)) || ClaimLexicon.MetricNouns.Contains(reader.Word(k))
                || MetricWord.At(reader, k, k + 1) is not null)
            {
                continue;
            }
            return FateOf(reader, k, verb) is { } fate ? (k, fate) : (-1, null);
        }
        return (-1, null);
    }

    // "soldiers confirmed dead", "soldiers killed": a fate up to two words after the noun; "fallen soldiers": up to two
    // words before it.
    private static Metric? FateOf(PeopleCountReader reader, int noun, int verb)
    {
        for (var k = noun + 1; k < verb && k <= noun + 2 && reader.Tokens[k].IsWord; k++)
        {
            if (MetricWord.At(reader, k, k + 1) is { } after)
            {
                return after;
            }
        }
        return DescribedFate.Before(reader, noun);
    }
}
