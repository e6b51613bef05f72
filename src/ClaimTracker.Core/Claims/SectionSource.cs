using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A section heading names its rows' source in brackets: "MOVEMENTS (IOM DTM, 14 April)" over "- Tawila: about 140,000
/// new arrivals" and "- El Fasher locality: about 120,000"; "CROSSINGS INTO SYRIA (UNHCR, 9 October)" over its rows.
/// A registry body named inside the brackets of the heading right above a run of bulleted rows credits the rows'
/// figures that no speaker of their own or carried from the sentences before credits, as a "(Source: MoPH)" note does
/// (<see cref="SourceNote"/>). Golden case: section_heading_names_its_rows_source.
/// </summary>
internal static class SectionSource
{
    public static void Credit(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, List<ClaimDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Source is not null || draft.Attribution == Attribution.Extracted || !ContinuedRow.OnBulletedRow(text, sentences[draft.Sentence].Start))
            {
                continue;
            }
            var heading = draft.Sentence - 1;
            while (heading >= 0 && ContinuedRow.OnBulletedRow(text, sentences[heading].Start))
            {
                heading--;
            }
            if (heading >= 0 && sentences[heading].IsHeading && Bracketed(text, sentences[heading], mentions) is { } named)
            {
                draft.Source = named.Source;
                draft.SourceMention = named.Text;
                draft.Attribution = Attribution.Extracted;
            }
        }
    }

    // The first registry body named between the heading's brackets.
    private static SourceMention? Bracketed(string text, Sentence heading, IReadOnlyList<SourceMention> mentions)
    {
        var open = text.IndexOf('(', heading.Start, heading.End - heading.Start);
        var close = open < 0 ? -1 : text.IndexOf(')', open, heading.End - open);
        if (close < 0)
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            if (mention.Source is not null && mention.Start > open && mention.End <= close)
            {
                return mention;
            }
        }
        return null;
    }
}
