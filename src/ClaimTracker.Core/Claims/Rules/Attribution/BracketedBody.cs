using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "• 836,120 people internally displaced, of whom 52% female (IOM).", "2,734 people killed and 12,610 injured since 8
/// October. 161 children killed among total casualties reported (MoPH).": a UN situation report's bullet closes with the
/// body its figures come from in brackets, alone or before a date ("(WHO, 12 May)"). The figures of that line that name
/// no speaker of their own take the body, and it outranks a speaker carried from an earlier line. A bracket that is no
/// registered body ("(about $5)", "(pictured)", "(local time)") or is a wire agency gives nothing (Unseen39
/// ocha-lebanon-flash-update-39-displacement; golden cases bracketed_body_closing_a_bullet, a_bracket_naming_no_body).
/// </summary>
internal static class BracketedBody
{
    private static readonly WordSet Agencies = WordLists.Set("datelineAgencies");

    public static void Credit(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, List<ClaimDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Attribution != Attribution.Extracted && ClosingBody(text, sentences, mentions, draft.Sentence) is { } body)
            {
                draft.Source = body.Source;
                draft.SourceMention = body.Text;
                draft.Attribution = Attribution.Extracted;
            }
        }
    }

    // The registered body bracketed at the end of the line sentence si stands on, if that line's last sentence ends so.
    private static SourceMention? ClosingBody(string text, List<Sentence> sentences, IReadOnlyList<SourceMention> mentions, int si)
    {
        var last = si;
        while (last + 1 < sentences.Count && sentences[last + 1].Line == sentences[si].Line && sentences[last + 1].Paragraph == sentences[si].Paragraph)
        {
            last++;
        }
        var end = sentences[last].End;
        while (end > sentences[last].Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '.'))
        {
            end--;
        }
        if (end <= sentences[last].Start || text[end - 1] != ')')
        {
            return null;
        }
        var open = text.LastIndexOf('(', end - 1, end - sentences[last].Start);
        if (open < 0)
        {
            return null;
        }
        var comma = text.IndexOf(',', open, end - open);
        var nameEnd = comma < 0 ? end - 1 : comma;
        var name = text.AsSpan(open + 1, nameEnd - open - 1).Trim();
        if (name.IsEmpty || Agencies.Contains(name))
        {
            return null;
        }
        var length = name.Length;
        return mentions.FirstOrDefault(m => m.Source is not null && m.Start == open + 1 && m.End - m.Start == length);
    }
}
