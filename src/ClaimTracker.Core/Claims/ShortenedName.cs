using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to the Coordination Headquarters for the Treatment of Prisoners of War … the Coordination Headquarters
/// said", "the Lebanese Health Ministry said … according to Health Ministry figures": wire copy names a body in full
/// once, then by a shorter form of its name in capitals. A speaker whose capitalised words (two or more, ending on a
/// body's head noun such as "Ministry", with no possessive: "Burkina Faso's junta" names an owner, not a body) run, in
/// order, inside the name of a body the article named before it speaks for that body. Golden cases:
/// shortened_name_continues_the_body, shortened_name_needs_the_full_name_before (Unseen15 ukrinform-october-prisoner-swap,
/// anadolu-beirut-dahiyeh-strike).
/// </summary>
internal static class ShortenedName
{
    private const int MinWords = 2;

    /// <summary>The body an earlier, longer name of the speaker's words names; null when none does.</summary>
    public static SourceDefinition? Find(IReadOnlyList<SourceMention> mentions, Attributor speaker)
    {
        var run = CapitalisedRun(speaker.Text);
        if (run.Length < MinWords || !ClaimLexicon.AnaphorNouns.Contains(run[^1]) || Array.Exists(run, w => w.Contains('\'') || w.Contains('’')))
        {
            return null;
        }
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var mention = mentions[k];
            if (mention.End <= speaker.Start && mention.Source is { } named && Holds(Words(mention.Text), run))
            {
                return named;
            }
        }
        return null;
    }

    // "the Coordination Headquarters" → Coordination, Headquarters; "Health Ministry figures" → Health, Ministry.
    private static string[] CapitalisedRun(string text)
    {
        var words = Words(text);
        var first = words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var last = first;
        while (last < words.Length && char.IsUpper(words[last][0]))
        {
            last++;
        }
        return words[first..last];
    }

    // The run stands inside the longer name, word for word and in order, and is shorter than it.
    private static bool Holds(string[] name, string[] run)
    {
        for (var start = 0; start + run.Length <= name.Length; start++)
        {
            var all = true;
            for (var i = 0; i < run.Length && all; i++)
            {
                all = name[start + i].Equals(run[i], StringComparison.OrdinalIgnoreCase);
            }
            if (all)
            {
                return name.Length - (name[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0) > run.Length;
            }
        }
        return false;
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
