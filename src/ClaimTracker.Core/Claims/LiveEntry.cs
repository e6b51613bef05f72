using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A live page's timestamped entry: a line that is only a clock ("14:05", "16:20 GMT", "9:38 am", "13:30:01",
/// "15:25, Maryam Zakir-Hussain") opens an entry that runs to the next such line, as real live pages (Kyiv
/// Independent, France 24, Sky, the Independent, German and Guardian live blogs) and earlier sets (Unseen69
/// independent-live-kursk-north-korean-losses-30, novayagazeta-live-russian-strikes-seven-killed-34-injured) put them.
/// Entries on one page are often separate stories (Kharkiv's injured on a page about North Korean troops), so what the
/// headline establishes reaches an entry only when the entry itself names it (<see cref="ExpeditionaryForce"/>).
/// Golden cases: a_live_entry_on_another_story_keeps_its_own_people, a_live_entry_on_the_force_keeps_it.
/// </summary>
internal static partial class LiveEntry
{
    private const int MaxStampLength = 40;

    /// <summary>The sentence index of the clock line opening <paramref name="si"/>'s entry, or -1 off a live page's entries.</summary>
    public static int Opening(string text, List<Sentence> sentences, int si)
    {
        for (var k = si; k >= 0; k--)
        {
            if (IsStamp(text, sentences[k]))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Whether the sentence is a line holding only an entry's clock time (and perhaps its writer).</summary>
    public static bool IsStamp(string text, Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).Trim();
        return span.Length is > 0 and <= MaxStampLength && char.IsDigit(span[0]) && Stamp().IsMatch(span);
    }

    [GeneratedRegex(@"^\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:(?:am|pm|a\.m\.?|p\.m\.?)\s*)?(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*(?:,\s*\p{Lu}[\p{L}'’ .-]*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();
}
