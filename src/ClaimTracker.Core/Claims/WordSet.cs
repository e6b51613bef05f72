namespace ClaimTracker.Core.Claims;

/// <summary>A case-insensitive set of words that answers for spans of the text without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params string[] items)
    {
        words = new HashSet<string>(items, StringComparer.OrdinalIgnoreCase);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
