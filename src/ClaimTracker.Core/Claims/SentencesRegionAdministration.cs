using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In Ternopil region, one person was hurt when debris fell on a house, the regional administration said"; "Russian
/// forces shelled the Kherson region 47 times, wounding 11, according to the regional administration"; "In Kherson
/// Oblast, the regional military administration said …": a daily roundup names the region once and then its
/// administration by level alone ("the regional (military) administration"). With no place of its own the
/// administration is the region the same sentence has named, as <see cref="ItsRegionsAdministration"/> reads "its
/// administration"; left unread it credited nobody (Unseen26 rferl-kramatorsk, Unseen29 ukrinform-khmelnytskyi,
/// Unseen75 kyivindependent-general-staff). The region is the nearest one named with its level word ("the Kherson
/// region", "Kherson Oblast") before the administration in the sentence; a place the lists do not know gives nothing
/// (<see cref="RegionalAdministration"/> checks). A bare city ("In Zaporizhzhia, …") is not read: its administration
/// may be the city's (Unseen3 ukrinform-governors-strikes). Golden case: the_regional_administration_of_the_sentences_region.
/// </summary>
internal static partial class SentencesRegionAdministration
{
    // "the regional administration", "the regional military administration", "the Regional State Administration".
    [GeneratedRegex(@"(?:^|[^\p{L}])(?<the>[Tt]he) [Rr]egional (?:(?:[Ss]tate|[Mm]ilitary|[Cc]ivil-[Mm]ilitary) ){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TheRegional();

    // "the Kherson region", "Ukraine's Sumy oblast", "Kherson Oblast": a place named with its level word, not "the Kharkiv region's police".
    [GeneratedRegex(@"(?<place>\p{Lu}[\p{L}-]+) (?:[Rr]egion|[Oo]blast)\b(?!['’])", RegexOptions.CultureInvariant)]
    private static partial Regex RegionNamed();

    // How far back the level words and the sentence's region are looked for: a long roundup sentence fits.
    private const int Window = 240;

    /// <summary>
    /// The places, nearest first, the sentence names before "administration" at <paramref name="at"/> when it is "the
    /// regional … administration" with no place of its own, and where its "the" starts; null otherwise.
    /// </summary>
    public static (IReadOnlyList<string> Places, int TheAt)? Read(string text, int at)
    {
        var from = Math.Max(0, at - Window);
        var the = TheRegional().Match(text, from, at - from);
        if (!the.Success)
        {
            return null;
        }
        var theAt = the.Groups["the"].Index;
        var places = PlacesBefore(text, theAt);
        return places.Count == 0 ? null : (places, theAt);
    }

    // The places the sentence names with their level word before the administration, nearest first.
    private static List<string> PlacesBefore(string text, int at)
    {
        var start = SentenceStart(text, Math.Max(0, at - Window), at);
        var sentence = text[start..at];
        return RegionNamed().Matches(sentence).Select(m => m.Groups["place"].Value).Reverse().ToList();
    }

    // Past the last line break or full stop before the administration within the window ("U.S." has no space after).
    private static int SentenceStart(string text, int from, int at)
    {
        var span = text.AsSpan(from, at - from);
        var line = span.LastIndexOf('\n') + 1;
        var stop = span.LastIndexOf(". ") is var s and >= 0 ? s + 2 : 0;
        var start = from + Math.Max(line, stop);
        while (start < at && text[start] == ' ')
        {
            start++;
        }
        return start;
    }
}
