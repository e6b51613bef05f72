using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The CSIS report said Russia suffered … Russia has publicly acknowledged … The report estimated … 1.75 million": a
/// report the story named with its owner ("The CSIS report", "a UN report", "the report from the Center for …", "a report
/// by the UN human rights office") is the one a later "the report" means, however many other bodies spoke in between,
/// where "the report" resolved as a pronoun took the last speaker (Unseen64 ap-csis's 1.75 million read as the Kremlin).
/// The owner is the body named right before the noun, or right after one of the links (attribution.json
/// <c>documentOwnerLinks</c>); "a report seen by Reuters" names no owner (the outlet only relays it;
/// the participles are <see cref="DocumentSeenBy"/>'s, attribution.json <c>documentSeenParticiples</c>).
/// Golden cases: the_report_is_its_named_owners, the_report_seen_by_an_outlet_has_no_owner.
/// </summary>
internal static class NamedReportOwner
{
    private static readonly WordSet Links = WordLists.Set("documentOwnerLinks");
    private static readonly WordSet Relays = WordLists.Set("documentSeenParticiples");

    /// <summary>
    /// Whether the sentence names the document as one an outlet only relays ("a report seen by Reuters", "a memo obtained
    /// by the AP"): the later "the report" then has no owner the story named, and the outlet is not it.
    /// </summary>
    public static bool Relayed(string text, Sentence sentence, string noun)
    {
        var from = sentence.Start;
        while (from < sentence.End)
        {
            var at = text.IndexOf(noun, from, sentence.End - from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }
            from = at + noun.Length;
            if (NextWordIn(text, from, sentence.End, Relays))
            {
                return true;
            }
        }
        return false;
    }

    // Whether the word starting after position i (past spaces) is on the list.
    private static bool NextWordIn(string text, int i, int end, WordSet words)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }
        var wordEnd = i;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return wordEnd > i && words.Contains(text.AsSpan(i, wordEnd - i));
    }

    /// <summary>The registered body owning the document <paramref name="noun"/> named in the sentence (last such), or null.</summary>
    public static SourceDefinition? Owner(string text, Sentence sentence, IReadOnlyList<SourceMention> mentions, string noun)
    {
        SourceDefinition? owner = null;
        var from = sentence.Start;
        while (from < sentence.End)
        {
            var at = text.IndexOf(noun, from, sentence.End - from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }
            var after = at + noun.Length;
            if ((after >= text.Length || !char.IsLetter(text[after])) && (at == 0 || !char.IsLetter(text[at - 1])))
            {
                owner = Before(text, mentions, at) ?? After(text, mentions, after, sentence.End) ?? owner;
            }
            from = after;
        }
        return owner;
    }

    // "The CSIS report", "the UN's report": a body ending right before the noun, with its possessive.
    private static SourceDefinition? Before(string text, IReadOnlyList<SourceMention> mentions, int at)
    {
        foreach (var m in mentions)
        {
            if (m.Source is null || m.End > at || at - m.End > 3)
            {
                continue;
            }
            var between = text.AsSpan(m.End, at - m.End).Trim();
            if (between.IsEmpty || between is "'s" || between is "’s")
            {
                return m.Source;
            }
        }
        return null;
    }

    // "the report from the Center for …", "a report by the UN human rights office": a link word, then the body.
    private static SourceDefinition? After(string text, IReadOnlyList<SourceMention> mentions, int after, int end)
    {
        if (!NextWordIn(text, after, end, Links))
        {
            return null;
        }
        var wordEnd = after;
        while (wordEnd < end && !char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        foreach (var m in mentions)
        {
            if (m.Source is not null && m.Start > wordEnd && m.Start - wordEnd <= 5
                && text.AsSpan(wordEnd, m.Start - wordEnd).Trim() is var gap && (gap.IsEmpty || gap.Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                return m.Source;
            }
        }
        return null;
    }
}
