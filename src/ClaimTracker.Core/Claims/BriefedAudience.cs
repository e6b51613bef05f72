namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…, South Korea's Yonhap news agency reported, citing lawmakers briefed by the country's intelligence service",
/// "citing officials briefed by the Pentagon": the ones cited are an audience that passes on what it was told, and the
/// one who briefed them is the source, as the golds credit it (Unseen55 kyivindependent-yonhap-nis-2000-dead-third-wave:
/// NIS). An outlet's relay took the first cited name, the bare "lawmakers", and credited no one. Only when the
/// audience names no body of its own and a briefing participle (attribution.json <c>audienceBriefingWords</c>) and
/// "by" follow it at once, and the sentence has a credited attributor starting right there; read only where an
/// outlet's relay is being resolved, so it costs nothing elsewhere. Branch source90; golden cases
/// a_briefed_audience_relays_its_briefer, an_audience_briefed_by_no_body_stays_unsourced; unit tests BriefedAudienceTests.
/// </summary>
internal static class BriefedAudience
{
    // " briefed by " and the first letter of the briefer's words: how far after the audience the briefer may start.
    private const int Gap = 16;

    private static readonly WordSet BriefingWords = WordLists.Set("audienceBriefingWords");

    /// <summary>The attributor of the one who briefed <paramref name="audience"/>, or the audience itself when there is none.</summary>
    public static Attributor Briefer(string text, List<Attributor> own, Attributor audience)
    {
        if (audience.Source is not null || !BriefedBy(text, audience.End))
        {
            return audience;
        }
        foreach (var a in own)
        {
            if (a.Source is not null && a.Start > audience.End && a.Start - audience.End <= Gap)
            {
                return a;
            }
        }
        return audience;
    }

    // " briefed by " right after the audience's words.
    private static bool BriefedBy(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.IsEmpty || rest[0] != ' ')
        {
            return false;
        }
        rest = rest[1..];
        var space = rest.IndexOf(' ');
        return space > 0 && BriefingWords.Contains(rest[..space]) && rest[(space + 1)..].StartsWith("by ", StringComparison.Ordinal);
    }
}
