using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli strikes have killed more than 270 people in Lebanon since the truce took effect, according to an AFP tally
/// based on Health Ministry figures." An outlet's own tally is a count the writer looks up for that one figure, not a
/// speaker who goes on talking: the next, frameless sentence ("The ceasefire ended more than a year of hostilities, in
/// which Israel killed about 4,000 people …") is the writer's background, so the tally's frame closes the scope at its
/// own sentence instead of opening one (Unseen55 trtworld-doha-kafarman; the same AFP tail in Unseen56 rte-gaza,
/// france24-gaza and lbci-afp). Only a news outlet's (registry kind media) count: a ministry's or the UN's tally is
/// still a speaker whose figures run on. Golden cases: an_outlets_tally_speaks_for_its_sentence_only,
/// a_ministrys_tally_still_carries.
/// </summary>
internal static class OutletsTally
{
    // "according to an AFP tally", "according to a Reuters count", "according to AFP's tally based on …": the count's
    // noun within a few words of "according to".
    private const int Reach = 5;

    /// <summary>Whether <paramref name="attributor"/> is "according to" a news outlet's own tally.</summary>
    public static bool Is(string text, Attributor attributor)
    {
        if (attributor.Cue != AttributorCue.AccordingTo || attributor.Source is not { Kind: SourceKind.Media })
        {
            return false;
        }
        var p = attributor.Position;
        for (var words = 0; words < Reach + 2 && p < text.Length; words++)
        {
            while (p < text.Length && (text[p] == ' ' || text[p] == '\'' || text[p] == '\u2019'))
            {
                p++;
            }
            var start = p;
            while (p < text.Length && char.IsLetter(text[p]))
            {
                p++;
            }
            if (p == start)
            {
                return false;
            }
            if (words >= 2 && ByOwnersCount.CountNouns.Contains(text.AsSpan(start, p - start)))
            {
                return true;
            }
        }
        return false;
    }
}
