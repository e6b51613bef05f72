namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Nearly 1.5 million people have been displaced … Almost half of them, about 720,000, are sheltering in UNRWA
/// installations", "Most of them, some 25,000, fled on foot": a count set between commas right after a share "of them"
/// restates that share as a figure; it has no noun of its own, and its people are the ones "them" stands for (the count
/// before, in the sentence or the sentences before), its fate the clause's verb after the closing comma. The share is a
/// word of counts.json apposedPartShares within three words before "of" (asidePartitives) and the pronoun
/// (asidePronouns); the count must close with a comma, so "half of them, 30 were children" (a new clause) is not read.
/// Marks the count as pointing back (<see cref="CountPhrase.SawThem"/>), which <see cref="BareCount"/> reads.
/// Golden cases: apposed_count_after_a_share_of_them.
/// </summary>
internal sealed class ApposedPartOfThem : CountPhraseRule
{
    public static readonly ApposedPartOfThem Rule = new();

    // How many words may stand between the share word and "of": "half", "a third", "almost two thirds".
    private const int ShareReach = 3;

    private static readonly WordSet Shares = WordLists.Set("apposedPartShares");
    private static readonly WordSet Partitives = WordLists.Set("asidePartitives");
    private static readonly WordSet Pronouns = WordLists.Set("asidePronouns");

    private ApposedPartOfThem()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var comma = phrase.TokenBefore;
        if (phrase.Noun >= 0 || phrase.SawThem || comma - 2 <= phrase.PreviousBound || !IsComma(reader, comma) || !IsComma(reader, phrase.TokenAfter)
            || !reader.IsIn(comma - 1, Pronouns) || !reader.IsIn(comma - 2, Partitives) || !ShareBefore(reader, comma - 2, phrase.PreviousBound))
        {
            return true;
        }
        phrase.SawThem = true;
        return true;
    }

    private static bool IsComma(PeopleCountReader reader, int i) =>
        i >= 0 && i < reader.Tokens.Count && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',';

    private static bool ShareBefore(PeopleCountReader reader, int of, int bound)
    {
        // "half" may itself be read as a number, the bound of this count's words: it is still the share.
        for (var j = of - 1; j >= Math.Max(0, bound) && j >= of - ShareReach; j--)
        {
            if (!reader.Tokens[j].IsWord)
            {
                return false;
            }
            if (reader.IsIn(j, Shares))
            {
                return true;
            }
        }
        return false;
    }
}
