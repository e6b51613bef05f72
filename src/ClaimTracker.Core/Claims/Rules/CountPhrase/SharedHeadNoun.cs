namespace ClaimTracker.Core.Claims;

/// <summary>
/// "injuring four female and two male employees", "three adult and two teenage passengers": two counts, each with its
/// own describing word, share the people noun written once after the second; the first count, its noun left out,
/// counts the same people. Model: the count followed by one describing word (counts.json <c>seriesDescribers</c>), "and"
/// and the next count, whose noun phrase reaches a people noun within <see cref="Reach"/> describing words. Runs after
/// <see cref="PeopleNounPhrase"/>, only for a count it found no noun for; the clause stays the first count's own, so
/// an active verb before it still names the fate. Golden case: describers_share_the_later_noun (Unseen69 dunya-reuters).
/// </summary>
internal sealed class SharedHeadNoun : CountPhraseRule
{
    public static readonly SharedHeadNoun Rule = new();

    private static readonly WordSet Describers = WordLists.Set("seriesDescribers");

    // Describing words between the second count and the shared noun ("two male employees", "two teenage girls").
    private const int Reach = 2;

    private SharedHeadNoun()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var describer = phrase.TokenAfter;
        if (phrase.Noun >= 0 || describer < 0 || describer + 2 != phrase.NextBound || !reader.IsIn(describer, Describers) || !reader.Is(describer + 1, "and"))
        {
            return true;
        }
        for (var k = phrase.NextBound + 1; k < reader.Tokens.Count && k <= phrase.NextBound + 1 + Reach; k++)
        {
            if (!reader.Tokens[k].IsWord || char.IsUpper(reader.Text[reader.Tokens[k].Start]))
            {
                return true;
            }
            if (PeopleWords.IsPeopleNoun(reader.Word(k)))
            {
                phrase.Noun = k;
                return true;
            }
            if (!reader.IsIn(k, Describers))
            {
                return true;
            }
        }
        return true;
    }
}
