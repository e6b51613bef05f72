namespace ClaimTracker.Core.Claims;

/// <summary>
/// "SEOUL, Sept. 4 (Yonhap) -- North Korea is believed to have lost about 2,100 soldiers in Russia's war against Ukraine,
/// the spy agency told lawmakers": an intelligence service reports on other countries, so the country the sentence names
/// as the counted's place (Russia, Ukraine) is the service's target, not its home; with no such body named before, the
/// dateline's country gives it (the NIS), not the place (the FSB, HUR). A health ministry or an army still takes the
/// place first (golden case the_place_named_beats_the_dateline). The dateline also beats a place the sentence moves to
/// before the anaphor ("… were also in Russia, the spy agency said"). Golden case: the_spy_agency_under_a_seoul_dateline.
/// </summary>
internal static class HomeSpyService
{
    private static readonly WordSet SpyDomains = WordLists.Set("spyDomainWords");
    private static readonly WordSet DomainHeads = WordLists.Set("domainHeads");

    /// <summary>Whether the anaphor names an intelligence body by its kind ("the spy agency", "the intelligence service").</summary>
    public static bool Is(string anaphorText)
    {
        var span = anaphorText.AsSpan().Trim();
        var space = span.LastIndexOf(' ');
        if (space < 0 || !DomainHeads.Contains(span[(space + 1)..]))
        {
            return false;
        }
        var before = span[..space].TrimEnd();
        return SpyDomains.Contains(before[(before.LastIndexOf(' ') + 1)..]);
    }
}
