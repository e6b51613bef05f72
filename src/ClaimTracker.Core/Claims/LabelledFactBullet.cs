namespace ClaimTracker.Core.Claims;

/// <summary>
/// An explainer's fact bullet: "- Deaths: more than 150,000, according to the US envoy", "- Displaced: about 12 million
/// people, of whom …", "- Hungry: more than 24 million people face acute food shortages" — a one-word label naming what
/// happened to the people (page.json figureRowLabels), a colon, and a figure among the first words after it. Such
/// bullets often follow a question crosshead and a sentence of prose, and end without a full stop, as headline links do;
/// <see cref="Articles.PageFurniture"/> keeps them as the article's figures (a headline link opens on a place or a topic:
/// "- Sudan: …", "- Ukraine war: …"), and <see cref="ListedFigure"/> and <see cref="LabelledLine"/> read them.
/// Golden case: labelled_fact_bullets_are_the_articles_figures.
/// </summary>
internal static class LabelledFactBullet
{
    private static readonly WordSet FigureRowLabels = WordLists.Set("figureRowLabels");

    /// <summary>Whether the bulleted line ("- " already checked by the caller) is such a fact bullet.</summary>
    public static bool Is(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon < 3 || colon + 2 >= line.Length || line[colon + 1] != ' ' || !FigureRowLabels.Contains(line[2..colon]))
        {
            return false;
        }
        var rest = line[(colon + 2)..];
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            if (rest[range].Length > 0 && char.IsDigit(rest[range][0]))
            {
                return true;
            }
            if (++words >= 3)
            {
                return false;
            }
        }
        return false;
    }
}
