namespace ClaimTracker.Core.Claims;

/// <summary>
/// "another nine malnutrition-related deaths", "30 famine-linked deaths", "12 hunger-induced deaths": a cause compound
/// written solid (no space on either side of the hyphen, its second part in counts.json causeCompoundHeads) right
/// before a people noun describes the deaths (or the people) the number counts, as one unlisted word before its noun
/// does ("3,000 junta soldiers"). Without it the hyphen ended the noun phrase and the count was lost (Unseen51
/// infotel-netzarim). Fate compounds ("9,000 war-wounded patients") are <see cref="FateCompound"/>'s, over the same
/// solid-compound check with its own heads. Golden case: hyphenated_cause_before_deaths.
/// </summary>
internal static class HyphenatedDescriber
{
    private static readonly WordSet Heads = WordLists.Set("causeCompoundHeads");

    /// <summary>Whether a cause compound "word-related" starts at <paramref name="k"/> and a people noun follows it.</summary>
    public static bool At(PeopleCountReader reader, int k, int nextBound) => SolidCompound(reader, k, nextBound, Heads);

    /// <summary>Whether "word-head" is written solid at <paramref name="k"/>, its head in <paramref name="heads"/>, and a people noun follows it.</summary>
    public static bool SolidCompound(PeopleCountReader reader, int k, int nextBound, WordSet heads)
    {
        var tokens = reader.Tokens;
        if (k + 3 >= nextBound || !tokens[k].IsWord || tokens[k + 1].IsWord || !tokens[k + 2].IsWord || !tokens[k + 3].IsWord)
        {
            return false;
        }
        var hyphen = tokens[k + 1];
        return reader.Text[hyphen.Start] is '-' or '\u2010' or '\u2011' && hyphen.End - hyphen.Start == 1
            && tokens[k].End == hyphen.Start && hyphen.End == tokens[k + 2].Start
            && reader.IsIn(k + 2, heads) && PeopleWords.IsPeopleNoun(reader.Word(k + 3));
    }
}
