using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Deir al-Balah, 15 October 2024 – Médecins Sans Frontières condemns …", "PORT SUDAN, 4 March 2025 – Save the Children
/// is alarmed …": an aid body's or UN agency's press release opens its first line with a place and a full date, year
/// included, then a dash. Wire datelines carry no year ("KYIV, July 13 (Reuters) -", "Khartoum, MINA –"), so the year
/// before the dash is what marks the line as a release's own, and the body it names is the document's voice
/// (<see cref="PublisherVoice"/>). Golden case: release_dateline_speaks_in_the_body_voice.
/// </summary>
internal static partial class ReleaseDateline
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>Whether the line opens with "Place[/Place], day Month year –" or "Place, Month day, year –".</summary>
    public static bool Opens(ReadOnlySpan<char> line) => Pattern().IsMatch(line);

    [GeneratedRegex(@"^[^\n,]{2,60},\s*(?:\d{1,2}\s+(?:" + Month + @")|(?:" + Month + @")\s+\d{1,2},?)\s+(?:19|20)\d{2}\s*[–—-]\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
