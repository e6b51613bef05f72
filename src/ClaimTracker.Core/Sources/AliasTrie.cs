using System.Collections.Frozen;

namespace ClaimTracker.Core.Sources;

/// <summary>
/// Every alias of every source as a trie over lower-cased words, so one left-to-right pass over a text
/// finds all alias mentions (longest match wins at each word).
/// </summary>
internal sealed class AliasTrie
{
    private readonly Node root = new();
    private bool frozen;

    /// <summary>Turns every node's children into a frozen dictionary: built once, read for every text.</summary>
    public void Freeze()
    {
        Freeze(root);
        frozen = true;
    }

    private static void Freeze(Node node)
    {
        if (node.Children is null)
        {
            return;
        }
        foreach (var child in node.Children.Values)
        {
            Freeze(child);
        }
        node.Lookup = node.Children.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        node.Frozen = true;
    }

    public void Add(string alias, SourceDefinition source)
    {
        if (frozen)
        {
            throw new InvalidOperationException("Aliases cannot be added after the trie is frozen.");
        }
        var node = root;
        var scanner = new WordScanner(alias);
        var any = false;
        while (scanner.MoveNext())
        {
            var key = WordScanner.Key(scanner.Current);
            node.Children ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            if (!node.Children.TryGetValue(key, out var next))
            {
                next = new Node();
                node.Children.Add(key, next);
            }
            node = next;
            any = true;
        }
        if (any)
        {
            // The first source to claim an alias keeps it; the registry file lists the likelier reading first.
            node.Source ??= source;
        }
    }

    public List<SourceMention> FindAll(string text)
    {
        var found = new List<SourceMention>();
        var words = new List<(int Start, int End)>();
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
        {
            words.Add((scanner.Start, scanner.End));
        }
        if (root.Children is null)
        {
            return found;
        }
        var i = 0;
        while (i < words.Count)
        {
            var node = root;
            var bestEnd = -1;
            SourceDefinition? best = null;
            for (var k = i; k < words.Count && node.Children is not null; k++)
            {
                if (k > i && !OnlySpaceBetween(text, words[k - 1].End, words[k].Start))
                {
                    break;
                }
                if (!TryChild(node, text.AsSpan(words[k].Start, words[k].End - words[k].Start), out var next))
                {
                    break;
                }
                node = next;
                if (node.Source is not null)
                {
                    best = node.Source;
                    bestEnd = k;
                }
            }
            if (best is not null)
            {
                var start = words[i].Start;
                var end = words[bestEnd].End;
                found.Add(new SourceMention(text[start..end], start, end, best));
                i = bestEnd + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private static bool TryChild(Node node, ReadOnlySpan<char> word, out Node next)
    {
        next = null!;
        if (node.Children is null)
        {
            return false;
        }
        if (WordScanner.HasDot(word))
        {
            return node.Children.TryGetValue(WordScanner.Key(word), out next!);
        }
        return node.Frozen ? node.Lookup.TryGetValue(word, out next!) : node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out next!);
    }

    // Words of one alias may be joined by spaces, hyphens or apostrophes, never by sentence punctuation.
    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            var c = text[p];
            if (!(char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '‘' or '&'))
            {
                return false;
            }
        }
        return to - from <= 3;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public bool Frozen;
        public SourceDefinition? Source;
    }
}
