using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "South Korea's spy agency and Ukraine's military intelligence have given different figures. The former puts the
/// number at 3,000, while the latter says 4,500": explainers that compare two bodies' estimates name both once and then
/// speak through "the former" and "the latter". Read as a vague description, the figures went to nobody. "The former"
/// is the first of the last two different registered bodies named before it (in its own sentence or the two before),
/// "the latter" the second. Words as data (attribution.json <c>formerWords</c>, <c>latterWords</c>). Met in estimate
/// round-ups on North Korean losses and Gaza tolls (branch source82); golden cases the_former_and_the_latter_are_the_pair
/// and the_latter_with_one_body_named_is_not_paired; <c>FormerOrLatterTests</c>.
/// </summary>
internal static class FormerOrLatter
{
    private const int SentencesBack = 2;
    private static readonly WordSet Former = WordLists.Set("formerWords");
    private static readonly WordSet Latter = WordLists.Set("latterWords");

    /// <summary>0 for "the former", 1 for "the latter", -1 for any other words.</summary>
    public static int Index(ReadOnlySpan<char> words)
    {
        words = words.Trim();
        var space = words.IndexOf(' ');
        if (space < 0 || !words[..space].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        var head = words[(space + 1)..];
        return Former.Contains(head) ? 0 : Latter.Contains(head) ? 1 : -1;
    }

    /// <summary>The body "the former" or "the latter" stands for, or null when two bodies are not named just before it.</summary>
    public static SourceDefinition? Find(List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, int si, Attributor anaphor)
    {
        if (Index(anaphor.Text) is not (var index and >= 0))
        {
            return null;
        }
        for (var s = si; s >= 0 && si - s <= SentencesBack; s--)
        {
            if (LastPair(mentions, sentences[s].Start, Math.Min(sentences[s].End, anaphor.Start)) is var (first, second))
            {
                return index == 0 ? first : second;
            }
        }
        return null;
    }

    // The last two different registered bodies named in [start, end), in text order, or null.
    private static (SourceDefinition First, SourceDefinition Second)? LastPair(IReadOnlyList<SourceMention> mentions, int start, int end)
    {
        SourceDefinition? second = null;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].Start < start || mentions[k].End > end || mentions[k].Source is not { } named)
            {
                continue;
            }
            if (second is null)
            {
                second = named;
            }
            else if (named != second)
            {
                return (named, second);
            }
        }
        return null;
    }
}
