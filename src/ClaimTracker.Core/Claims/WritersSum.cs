using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "With the two deaths in Kyiv, at least four people were killed in Russian attacks across Ukraine": the writer adds a
/// count the story has already given to others of his own gathering and states the sum. The fronted "With the N deaths"
/// is the mark: nobody said the total, so in a later paragraph than the speaker's it inherits no one, as a recap opening
/// on "Last week," does (<see cref="PastRecap"/>); before, the president quoted in the paragraph above took it (Unseen66
/// kyivindependent-new-years-day-attacks-past-day). Only a definite article or demonstrative with a count and a fate
/// noun within three words before the comma: "With 40 beds, the hospital …" and "With the help of …" are no sums.
/// attribution.json writersSumOpeners, writersSumNumberWords, writersSumNouns. Tests: WritersSumTests.
/// </summary>
internal static class WritersSum
{
    private static readonly Regex Opening = new(
        @"^\s*With\s+(?:" + WordAlternation.Of(WordLists.Set("writersSumOpeners")) + @")\s+(?:\d[\d,]*|"
        + WordAlternation.Of(WordLists.Set("writersSumNumberWords")) + @")\s+(?:[A-Za-z-]+\s+){0,2}?(?:"
        + WordAlternation.Of(WordLists.Set("writersSumNouns")) + @")\b[^,.;:]{0,40},",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether <paramref name="sentence"/> opens on a sum the writer makes of counts already given.</summary>
    public static bool Opens(string text, Sentence sentence) => WordAlternation.In(Opening, text, sentence);
}
