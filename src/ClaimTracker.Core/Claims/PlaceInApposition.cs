using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, said Yang Uk, a research fellow at the Asan Institute for Policy Studies in Seoul", "Lee Jong-hoon, a researcher
/// at the Seoul-based Asan Institute": in a person's apposition a capital after "in" or before "-based" is where his
/// body sits, not the body he speaks for; read as the South Korean government it credited an analyst's forecast to
/// Seoul. The golds credit the named speaker's own body when the registry has it and no source otherwise. Leads as data
/// (speakers.json appositionPlaceLeads). Branch source63; golden case: a_place_in_a_named_speakers_role_is_not_his_body.
/// </summary>
internal static class PlaceInApposition
{
    private static readonly WordSet Leads = WordLists.Set("appositionPlaceLeads");
    private const string Based = "-based";

    /// <summary>Whether the mention is named as a place inside the apposition.</summary>
    public static bool Is(string text, SourceMention mention)
    {
        if (text.AsSpan(mention.End).StartsWith(Based, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var before = text.AsSpan(0, mention.Start).TrimEnd(' ');
        var space = before.LastIndexOfAny(' ', '\n');
        return before.Length < mention.Start && Leads.Contains(before[(space + 1)..]);
    }
}
