using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's Joint Chiefs of Staff said … “we assess that around 100 of them were killed,” the JCS said": a body
/// the text has named in full is named again by the initials of its name, without the bracket that
/// <see cref="IntroducedAcronym"/> reads. Only after the full name, only as a whole word in capitals, only three
/// letters or more, and only initials the registry does not give to a body of its own ("RSF", "IOM"). Survey of
/// session 27 (JCS statements relayed by Korean and Ukrainian outlets). Golden case: initials_of_a_body_named_before.
/// </summary>
internal static class BodysInitials
{
    // "Joint Chiefs of Staff" → JCS: the small words of a name give no letter.
    private static readonly WordSet Joiners = WordLists.Set("initialsJoiners");

    /// <summary>The mentions with every later use of a named body's initials added, in text order.</summary>
    public static IReadOnlyList<SourceMention> With(string text, SourceRegistry registry, IReadOnlyList<SourceMention> mentions)
    {
        List<SourceMention>? added = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var named in mentions)
        {
            if (named.Source is null || Initials(named.Text) is not { } initials || !seen.Add(initials) || registry.Resolve(initials) is not null)
            {
                continue;
            }
            for (var at = text.IndexOf(initials, named.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(initials, at + initials.Length, StringComparison.Ordinal))
            {
                var end = at + initials.Length;
                if (IntroducedAcronym.IsWordEdge(text, at - 1) && IntroducedAcronym.IsWordEdge(text, end) && !mentions.Any(m => m.Start < end && m.End > at))
                {
                    (added ??= []).Add(new SourceMention(initials, at, end, named.Source));
                }
            }
        }
        return added is null ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    // The capitals of the name's words after its owner's possessive ("South Korea's"), or null when a word of the name
    // is neither capitalised nor a joiner (a description, not a name) or the letters are fewer than three. Read in place:
    // every mention of every article is asked, and most are refused at their first word, so the words are checked
    // before any string is made.
    private static string? Initials(string name)
    {
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
