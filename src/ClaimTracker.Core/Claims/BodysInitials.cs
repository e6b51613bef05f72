using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's Joint Chiefs of Staff said … “we assess that around 100 of them were killed,” the JCS said": a body
/// the text has named in full is named again by the initials of its name, without the bracket that
/// <see cref="IntroducedAcronym"/> reads. Only after the full name, only as a whole word in capitals, only three
/// letters or more, and only initials the registry does not give to a body of its own ("RSF", "IOM"). Survey of
/// session 27 (JCS statements relayed by Korean and Ukrainian outlets). Golden case: initials_of_a_body_named_before.
/// A body named by a description ("South Korea's military said … the JCS said", "… The Joint Chiefs of Staff said")
/// is named again by its own name or that name's initials, which the registry holds only with the owner
/// (<see cref="BodysOwnName"/>; branch source61, golden case: the_jcs_after_south_koreas_military).
/// </summary>
internal static class BodysInitials
{
    // "Joint Chiefs of Staff" → JCS: the small words of a name give no letter.
    private static readonly WordSet Joiners = WordLists.Set("initialsJoiners");

    // Whether the registry gives a name a body of its own, asked of every article's initials and own names: the
    // answer is the registry's alone (it is frozen once built), and the names are few, so it is kept, where each ask
    // split the name into tokens and walked the alias trie again (issue 10 deliver 4). Bounded, as the bodies that
    // RegionalAdministration reads are.
    private const int MaxCached = 512;
    private static readonly ConditionalWeakTable<SourceRegistry, ConcurrentDictionary<string, bool>> OwnBodies = [];

    /// <summary>The mentions with every later use of a named body's initials (or its own name) added, in text order.</summary>
    public static IReadOnlyList<SourceMention> With(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? added = null;
        HashSet<string>? seen = null;
        // A name once tried is in `seen` and tried no more, so a body met before adds nothing by its own names: an
        // article names its bodies again and again, and each mention asked the body's own names under a lock and tried
        // each again (branch `speed47`). The mention's text is not kept so: hashing it cost what its initials did.
        HashSet<SourceDefinition>? readSources = null;
        foreach (var named in mentions)
        {
            if (named.Source is not { } source)
            {
                continue;
            }
            if (Initials(named.Text) is { } initials)
            {
                AddLaterUses(text, registry, mentions, named, initials, ref seen, ref added);
            }
            if (!(readSources ??= new(ReferenceEqualityComparer.Instance)).Add(source))
            {
                continue;
            }
            foreach (var otherName in BodysOwnName.Of(source))
            {
                AddLaterUses(text, registry, mentions, named, otherName, ref seen, ref added);
                if (Initials(otherName) is { } its)
                {
                    AddLaterUses(text, registry, mentions, named, its, ref seen, ref added);
                }
            }
        }
        return added is null ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    // Every whole-word use of the name after the body was named, that no mention covers, credited to that body; once per
    // name, and never a name the registry gives a body of its own.
    private static void AddLaterUses(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions, SourceMention named, string name, ref HashSet<string>? seen, ref List<SourceMention>? added)
    {
        if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name) || HasOwnBody(registry, name))
        {
            return;
        }
        for (var at = text.IndexOf(name, named.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (IntroducedAcronym.IsWordEdge(text, at - 1) && IntroducedAcronym.IsWordEdge(text, end) && !mentions.Any(m => m.Start < end && m.End > at))
            {
                (added ??= []).Add(new SourceMention(name, at, end, named.Source));
            }
        }
    }

    // The capitals of the name's words after its owner's possessive ("South Korea's"), or null when a word of the name
    // is neither capitalised nor a joiner (a description, not a name) or the letters are fewer than three. Read in place:
    // every mention of every article is asked, and most are refused at their first word, so the words are checked
    // before any string is made.
    internal static string? Initials(string name)
    {
        // Three words need two spaces: most mentions ("Hamas", "the UN") have fewer and are refused before any search.
        if (name.AsSpan().Count(' ') < 2)
        {
            return null;
        }
        var owner = Math.Max(name.LastIndexOf("'s ", StringComparison.Ordinal), name.LastIndexOf("\u2019s ", StringComparison.Ordinal));
        var words = name.AsSpan(owner < 0 ? 0 : owner + 3);
        var count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty || Joiners.Contains(word))
            {
                continue;
            }
            if (!char.IsUpper(word[0]) || !AllLetters(word))
            {
                return null;
            }
            count++;
        }
        if (count < 3)
        {
            return null;
        }
        var letters = new char[count];
        count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (!word.IsEmpty && !Joiners.Contains(word))
            {
                letters[count++] = word[0];
            }
        }
        return new string(letters);
    }

    /// <summary>Whether <paramref name="registry"/> resolves <paramref name="name"/> to a body (its <see cref="SourceRegistry.Resolve"/>, kept).</summary>
    internal static bool HasOwnBody(SourceRegistry registry, string name)
    {
        var known = OwnBodies.GetValue(registry, static _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        if (known.TryGetValue(name, out var resolves))
        {
            return resolves;
        }
        resolves = registry.Resolve(name) is not null;
        if (known.Count < MaxCached)
        {
            known.TryAdd(name, resolves);
        }
        return resolves;
    }

    private static bool AllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }
}
