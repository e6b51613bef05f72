namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In Tel Aviv, tens of thousands of people watched the handovers on giant screens", "Thousands of Gazans gather every
/// day near food distribution points": a crowd the writer describes is no figure of the speaker in scope. With no fate
/// (metric other) and a crowd's verb right after the count (attribution.json <c>crowdSceneVerbs</c>: watched, gathered,
/// rallied, attended, lined …, within a few words and before any comma), the count inherits nobody; the health ministry
/// or civil defence of the paragraph before had given a toll, not the crowd (Unseen35 newslooks-ap-hostages,
/// Unseen22 afp-gaza-civil-defence-aid-toll). A crowd's count with its own frame ("some 20,000 people attended the
/// funeral, police said") keeps it, and a count with a fate ("thousands of people gathered … were wounded") is not a
/// crowd's. Golden cases: a_crowd_scene_inherits_no_speaker, a_crowd_scene_near_miss.
/// </summary>
internal static class CrowdScene
{
    private const int MaxWords = 6;
    private static readonly WordSet Verbs = WordLists.Set("crowdSceneVerbs");

    /// <summary>Whether the count at <paramref name="figure"/> in <paramref name="sentence"/> is a crowd's (see the type's summary).</summary>
    public static bool Holds(string text, Sentence sentence, Metric? metric, int figure)
    {
        if (metric != Metric.Other || figure < sentence.Start || figure >= sentence.End)
        {
            return false;
        }
        var words = 0;
        var i = figure;
        while (i < sentence.End && words <= MaxWords)
        {
            var c = text[i];
            // A thousands separator ("20,000") is part of the count, not a clause break.
            if (c is ',' or ';' or ':' or '(' or '—' or '–' && !(c == ',' && i + 1 < sentence.End && char.IsDigit(text[i + 1])))
            {
                return false;
            }
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < sentence.End && char.IsLetter(text[i]))
            {
                i++;
            }
            if (Verbs.Contains(text.AsSpan(start, i - start)))
            {
                return true;
            }
            words++;
        }
        return false;
    }
}
