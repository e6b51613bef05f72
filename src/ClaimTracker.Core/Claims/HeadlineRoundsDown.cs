namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Lebanon's toll passes 2,200" over the body's "2,229 dead …, the ministry said"; "strike … kills more than 90" over
/// "At least 93 Palestinians were killed …, Gaza's civil defence agency said"; "Gaza toll passes 55,400" over "at least
/// 55,432": a headline rounds the body's figure down to its own round number and says "passes", "tops" or "more than".
/// A heading's floor that no body figure repeats exactly is the body's first claim of the same metric whose figure lies
/// above it by less than one unit of the headline's last non-zero digit (by no more than a tenth where that unit is a
/// large part of the figure: "more than 100"), and takes that claim's speaker (<see cref="HeadingSource"/>). An
/// estimate or a ceiling in the body ("about 93", "up to 93") is no count a floor rounds (as
/// <c>HeadingSource.FloorOverEstimate</c>). Unseen73 riotimes, Unseen14 middle-east-eye, Unseen20 aljazeera-gaza-aid-sites.
/// Golden cases: headline_rounds_the_bodys_toll_down, headline_rounds_a_civil_defence_count_down,
/// headline_floor_over_a_count_of_another_decade.
/// </summary>
internal static class HeadlineRoundsDown
{
    /// <summary>The first body claim (not a headline's) whose figure <paramref name="heading"/>'s floor rounds down, or null.</summary>
    public static ClaimDraft? BodyClaim(string text, List<Sentence> sentences, List<ClaimDraft> drafts, ClaimDraft heading)
    {
        if (heading.Qualifier is not (Qualifier.MoreThan or Qualifier.AtLeast) || heading.Metric is null
            || heading.Number.Value is not { } floor || floor < 10 || floor != Math.Floor(floor) || floor % 10 != 0)
        {
            return null;
        }
        var above = Reach(floor);
        return drafts.Find(d => !RepeatedClaims.ReadsAsHeadline(text, sentences[d.Sentence]) && sentences[d.Sentence].Line != sentences[heading.Sentence].Line
            && d.Metric == heading.Metric && d.Number.Value is { } figure && figure > floor && figure < floor + above
            && d.Qualifier is Qualifier.Exact or Qualifier.AtLeast or Qualifier.MoreThan);
    }

    // How far above the floor the body's figure may lie: one unit of its last non-zero digit (2,200 → 100, 90 and 40 →
    // 10, 55,400 → 100), unless that unit is over a third of the floor ("more than 100", "tops 20"), where a tenth.
    private static double Reach(double floor)
    {
        var unit = 1.0;
        while (floor % (unit * 10) == 0)
        {
            unit *= 10;
        }
        return unit <= floor / 3 ? unit : floor / 10 + 1;
    }
}
