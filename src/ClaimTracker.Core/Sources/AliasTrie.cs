using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace ClaimTracker.Core.Sources;

/// <summary>
/// Every alias of every source as a trie over lower-cased words, so one left-to-right pass over a text
/// finds all alias mentions (longest match wins at each word).
/// </summary>
internal sealed class AliasTrie
{
    private readonly Node root = new();
    private bool frozen;
    // Most words of a text start no alias: the sieve turns them away before the root's hash lookup.
    private Claims.WordSieve? firstWords;

    /// <summary>Turns every node's children into a frozen dictionary: built once, read for every text.</summary>
    public void Freeze()
    {
        Freeze(root);
        firstWords = root.Children is null ? null : new Claims.WordSieve(root.Children.Keys);
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
        node.Lookup = new Claims.WordMap<Node>(node.Children.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
        // Most words after the first word of an alias ("North" → "Korea's", "troops") continue none of its children:
        // their lengths and first letters say so before the hash. A thousand nodes, so a few bytes each, not a WordSieve.
        foreach (var key in node.Children.Keys)
        {
            if (key.Length == 0 || key[0] >= 128)
            {
                node.Unfiltered = true;
            }
            else
            {
                node.Lengths |= 1UL << Math.Min(key.Length, 63);
                node.FirstLetters |= 1U << (key[0] & 31);
            }
        }
        node.Frozen = true;
    }

    /// <summary>
    /// Adds an alias; with <paramref name="capitalsOnly"/> the alias names its source only where every word of it is
    /// written with a capital (a body named with common words: "the Emergency Room said", never "the hospital's
    /// emergency room").
    /// </summary>
    public void Add(string alias, SourceDefinition source, bool capitalsOnly = false)
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
            node.CapitalsOnly |= capitalsOnly && node.Source == source;
            node.Acronym |= IsAcronym(alias);
            node.Plain |= !IsAcronym(alias);
        }
    }

    public List<SourceMention> FindAll(string text)
    {
        var tokens = new List<Claims.Token>();
        Claims.Token.Split(text, 0, text.Length, tokens);
        return FindAll(text, CollectionsMarshal.AsSpan(tokens));
    }

    /// <summary>The alias mentions in <paramref name="text"/>, whose tokens (<see cref="Claims.Token.Split"/> over all of it) are given.</summary>
    public List<SourceMention> FindAll(string text, ReadOnlySpan<Claims.Token> tokens)
    {
        var found = new List<SourceMention>();
        if (root.Children is null)
        {
            return found;
        }
        // One pass over the words; only a word that may start an alias is followed further, by a copy of the walk from
        // there: it reads the next words off the tokens too, where a scanner from the word's start walked their
        // characters again.
        var words = new AliasWords(text, tokens);
        var resumeAt = 0;
        while (words.MoveNextCandidate(firstWords, resumeAt))
        {
            // A plain word came through the same sieve and resume point already (branch `speed29`: a third of the
            // words did, each asked twice).
            if (!words.Sieved && (words.Start < resumeAt || !MayStartAlias(words.Current, words.IsInitialism)))
            {
                continue;
            }
            var start = words.Start;
            var end = -1;
            SourceDefinition? best = null;
            var ahead = words;
            var node = root;
            var previousEnd = -1;
            do
            {
                if (previousEnd >= 0 && !OnlySpaceBetween(text, previousEnd, ahead.Start))
                {
                    break;
                }
                if (!TryChild(node, ahead.Current, ahead.IsInitialism, out var next))
                {
                    break;
                }
                node = next;
                if (node.Source is not null && !(node.Acronym && !node.Plain && HasLowerCase(text, start, ahead.End))
                    && !(node.CapitalsOnly && (HasLowerCaseWord(text, start, ahead.End) || LongerNameBefore(text, start))))
                {
                    best = node.Source;
                    end = ahead.End;
                }
                previousEnd = ahead.End;
            }
            while (node.Children is not null && ahead.MoveNext());
            if (best is not null && !Claims.CompoundCountryName.Inside(text, start))
            {
                found.Add(new SourceMention(text[start..end], start, end, best));
                resumeAt = end;
            }
        }
        return found;
    }

    // "WHO", "SAF", "AP": an alias written as one word of capitals is an acronym, and the same letters in lower case are
    // another word ("a volunteer who asked not to be named", "told AFP, who …"), never the body.
    private static bool IsAcronym(string alias)
    {
        var letters = 0;
        foreach (var c in alias)
        {
            if (char.IsLower(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static bool HasLowerCase(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (char.IsLower(text[p]))
            {
                return true;
            }
        }
        return false;
    }

    // A word of the span starting in lower case: "emergency room" is a hospital's ward, "Emergency Room" the body.
    private static bool HasLowerCaseWord(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (char.IsLower(text[p]) && (p == from || !char.IsLetter(text[p - 1])))
            {
                return true;
            }
        }
        return false;
    }

    // "the Um Sidra Emergency Room", "North Darfur Emergency Rooms Council": a capitalised word right before a name of
    // common words makes it part of a longer name the registry does not hold (one village's room, not the body
    // registered), read as no one's; "The Emergency Room said" and "Sudan's Emergency Response Rooms" stay the body.
    private static bool LongerNameBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var first = end;
        while (first > 0 && char.IsLetter(text[first - 1]))
        {
            first--;
        }
        return first < end && char.IsUpper(text[first]) && !Determiners.Contains(text.AsSpan(first, end - first));
    }

    private static readonly Claims.WordSet Determiners = new("The", "A", "An", "This", "Its", "Their");

    // The scanner knows whether the word has dots: no search of every word for one.
    private bool MayStartAlias(ReadOnlySpan<char> word, bool dotted) => firstWords is null || firstWords.MayContain(word) || dotted;

    private static bool TryChild(Node node, ReadOnlySpan<char> word, bool dotted, out Node next)
    {
        next = null!;
        if (node.Children is null)
        {
            return false;
        }
        if (dotted)
        {
            return node.Children.TryGetValue(WordScanner.Key(word), out next!);
        }
        if (!node.Frozen)
        {
            return node.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out next!);
        }
        return MayBeChild(node, word) && node.Lookup!.TryGetValue(word, out next!);
    }

    // Case-insensitive equality keeps the length, and ASCII letters fold as 'A' & 31 == 'a' & 31; a word starting
    // outside ASCII always goes on to the lookup.
    private static bool MayBeChild(Node node, ReadOnlySpan<char> word) =>
        node.Unfiltered || word.Length == 0 || word[0] >= 128
        || ((node.Lengths & (1UL << Math.Min(word.Length, 63))) != 0 && (node.FirstLetters & (1U << (word[0] & 31))) != 0);

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
        public Claims.WordMap<Node>? Lookup;
        public bool Frozen;
        public ulong Lengths;
        public uint FirstLetters;
        public bool Unfiltered;
        public SourceDefinition? Source;
        public bool Acronym;
        public bool Plain;
        public bool CapitalsOnly;
    }
}
