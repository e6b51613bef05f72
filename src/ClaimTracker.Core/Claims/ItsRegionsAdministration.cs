using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "One man was killed in the Kherson region, according to its military administration": the administration has no
/// place of its own, its "its" is the region the same sentence has just named. Read as that region's administration, not
/// left to the anaphor rules, which carried the region of another entry of a live feed (Unseen69 novayagazeta-live).
/// Only a region the place lists know (<see cref="RegionalAdministration"/> checks it), only within the sentence, and
/// only "its" right before the administration's level words. Golden cases in <c>ItsRegionsAdministrationTests</c>.
/// </summary>
internal static partial class ItsRegionsAdministration
{
    // "the Kherson region …, according to its (regional) (military) administration": no full stop or line between.
    [GeneratedRegex(@"(?:^|[^\p{L}])(?:the |Ukraine's |Ukraine’s |Russia's |Russia’s )?(?<place>\p{Lu}[\p{L}-]+) (?:[Rr]egion|[Oo]blast)\b(?!['’])[^.\n]{0,80}?\b(?<its>[Ii]ts) (?:(?:[Rr]egional|[Ss]tate|[Mm]ilitary|[Cc]ivil-[Mm]ilitary) ){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionThenIts();

    private const int Window = 160;

    /// <summary>
    /// The region's name as written ("Kherson") and where the "its" starts when "administration" at <paramref name="at"/>
    /// is "its" administration of a region the sentence named; null otherwise.
    /// </summary>
    public static (string Place, int ItsAt)? Read(string text, int at)
    {
        var from = Math.Max(0, at - Window);
        var match = RegionThenIts().Match(text, from, at - from);
        return match.Success ? (match.Groups["place"].Value, match.Groups["its"].Index) : null;
    }
}
