namespace ClaimTracker.Core.Claims;

/// <summary>
/// "About 78 people were killed in an RSF drone attack on a mosque on 19 September, and the UN reported 57 more deaths
/// in strikes on a displacement camp in October": a speaker who opens a later coordinated clause (a comma or semicolon,
/// then "and", "while" or "but": attribution.json <c>clauseCoordinators</c>) and gives a figure of its own after its verb
/// speaks for that clause only; the earlier clause's figure takes neither it nor the speaker of the sentences before: it
/// is the writer's (Unseen56 skynews-el-fasher). A frame that trails its clause (", the ministry said.") or closes the sentence keeps reaching
/// back. Golden cases: a_later_conjuncts_speaker_keeps_to_its_clause, a_trailing_frame_still_reaches_back.
/// A contrast clause ("…killed two civilians in central Ukraine, while Moscow reported injuries from a Ukrainian drone
/// attack": attribution.json <c>contrastClauseOpeners</c>) is the other side's account even with no figure of its own:
/// its speaker does not reach back over the conjunction (Unseen57 trtworld-kryvyi-rih, an AFP/TRT standfirst shape;
/// branch source91). Golden cases: a_contrast_clauses_speaker_keeps_to_its_clause, and the control
/// a_trailing_frame_after_while_still_reaches_back.
/// A semicolon with no coordinator does the same: the round-up that sets several sources' figures side by side, one
/// clause each ("The ministry in Gaza counts 8,005 dead …; Israel says about 1,400 were killed …; UNRWA puts …": Unseen82
/// nyt-morning; "Hundreds of thousands fled across the border; UNHCR has registered more than 583,000 refugees": Unseen20
/// hrw-el-geneina; the "X says N; Y reports M" headline of wire and RFE/RL stories). The later clause's speaker needs a
/// figure of its own after its verb, as after "and". Golden cases: a_semicolon_clauses_speaker_keeps_to_its_clause,
/// a_speaker_after_a_semicolon_without_a_figure_still_reaches_back.
/// </summary>
internal static class LaterConjunctsSpeaker
{
    private static readonly WordSet Coordinators = WordLists.Set("clauseCoordinators");
    private static readonly WordSet ContrastOpeners = WordLists.Set("contrastClauseOpeners");

    /// <summary>Whether no frame of <paramref name="own"/> stands before the figure and the first after it opens a later clause: the figure is the writer's.</summary>
    public static bool NoneSpeaksFor(string text, List<Attributor> own, int figureStart, int figureEnd)
    {
        Attributor? first = null;
        foreach (var a in own)
        {
            if (a.Position < figureStart || a.Start < figureStart)
            {
                return false;
            }
            if (first is null || a.Position < first.Position)
            {
                first = a;
            }
        }
        return Opens(text, first, figureEnd);
    }

    /// <summary>Whether <paramref name="after"/>, the first frame after a figure ending at <paramref name="figureEnd"/>, opens a later clause with a figure of its own.</summary>
    public static bool Opens(string text, Attributor? after, int figureEnd)
    {
        if (after is null || after.IsAnaphor)
        {
            return false;
        }
        var start = Math.Min(after.Start, after.Position);
        if (start <= figureEnd)
        {
            return false;
        }
        var gap = text.AsSpan(figureEnd, start - figureEnd).TrimEnd();
        if (gap.Length > 0 && gap[^1] == ';')
        {
            // "…counts 8,005 dead; Israel says about 1,400 were killed": a semicolon alone opens the later clause.
            return FigureAhead(text, Math.Max(after.End, after.Position));
        }
        var space = gap.LastIndexOf(' ');
        var coordinator = gap[(space + 1)..];
        if (space < 0 || !Coordinators.Contains(coordinator))
        {
            return false;
        }
        var before = gap[..space].TrimEnd();
        return before.Length > 0 && before[^1] is ',' or ';'
            && (ContrastOpeners.Contains(coordinator) || FigureAhead(text, Math.Max(after.End, after.Position)));
    }

    // The clause the frame opens goes on to a figure of its own before the sentence ends.
    private static bool FigureAhead(string text, int from)
    {
        for (var i = from; i < text.Length && text[i] != '\n'; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return true;
            }
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }
        return false;
    }
}
