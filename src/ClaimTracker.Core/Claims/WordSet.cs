namespace ClaimTracker.Core.Claims;

/// <summary>A case-insensitive set of words that answers for spans of the text without allocating.</summary>
internal sealed class WordSet
{
    private readonly WordMap<bool> lookup;
    private readonly int shortest;
    private readonly int longest;
    private readonly WordSieve sieve;

    public WordSet(params string[] items)
    {
        Words = items;
        lookup = WordMap<bool>.Of(items, true);
        shortest = items.Min(w => w.Length);
        longest = items.Max(w => w.Length);
        sieve = new WordSieve(items);
    }

    public IReadOnlyList<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => word.Length >= shortest && word.Length <= longest && sieve.MayContain(word) && lookup.ContainsKey(word);
}
