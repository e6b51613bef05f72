namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The ministry broke down the week's Ukrainian losses by battlegroup:" over "- Zapad (West) battlegroup: more than
/// 1,750 servicemen": a row under a lead-in that names losses counts the losses, though the row itself holds only a
/// troop noun, which alone reads as a deployment. A defence ministry's weekly briefing and a general staff's update
/// break their count down by formation or direction so (Unseen75 sputnik-russian-mod-weekly-briefing). The row is a
/// bulleted or label-colon line; the lead-in is the nearest line above the rows that ends in a colon, and it must hold
/// a losses word (metrics.json rowLossesLeadInWords); the fate is killed_or_wounded, the team's "lost N" convention. A
/// row with a fate of its own keeps it, and rows under any other lead-in ("by battlegroup deployed:") stay as they
/// read. Golden cases: rows_under_a_losses_lead_in_count_losses, rows_under_a_deployment_lead_in_stay_deployed.
/// </summary>
internal sealed class LossesByRow : CountPhraseRule
{
    public static readonly LossesByRow Rule = new();

    private static readonly WordSet LossesWords = WordLists.Set("rowLossesLeadInWords");

    private LossesByRow()
    {
    }

    // How many rows may stand between a row and its lead-in, and how far into a row its label's colon may stand.
    private const int MaxRowsAbove = 20;
    private const int MaxLabelChars = 48;

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // Only a troop count the row alone read as sent: a row's own fate ("12 martyrs") stays.
        if (draft.Metric == Metric.Deployed && draft.Status == ClaimStatus.Reported && UnderLossesLeadIn(reader.Text, reader.Sentence.Start))
        {
            draft.Metric = Metric.KilledOrWounded;
            draft.MetricGuessed = false;
        }
        return true;
    }

    private static bool UnderLossesLeadIn(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return IsRow(LineAt(text, lineStart)) && LeadInAbove(text, lineStart) is { } leadIn && NamesLosses(leadIn);
    }

    // The lead-in line above the rows: walk up over rows and blank lines to the first line ending in a colon.
    private static string? LeadInAbove(string text, int lineStart)
    {
        var rows = 0;
        while (lineStart > 0 && rows <= MaxRowsAbove)
        {
            var end = lineStart - 1;
            // A text opening on a blank line: the first line is empty, and there is none above it.
            lineStart = end == 0 ? 0 : text.LastIndexOf('\n', end - 1) + 1;
            var line = text[lineStart..end].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (line.EndsWith(':'))
            {
                return line;
            }
            if (!IsRow(line))
            {
                return null;
            }
            rows++;
        }
        return null;
    }

    private static string LineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    // "- Dnepr battlegroup: up to 510 servicemen", "Nabatieh: 12 martyrs": a bullet, or a short label and its colon.
    private static bool IsRow(string line)
    {
        if (line.Length > 1 && line[0] is ('-' or '•' or '*' or '–') && char.IsWhiteSpace(line[1]))
        {
            return true;
        }
        var colon = line.IndexOf(':');
        return colon > 0 && colon <= MaxLabelChars && char.IsLetter(line[colon - 1]);
    }

    private static bool NamesLosses(string leadIn)
    {
        foreach (var word in new SpacedWords(leadIn))
        {
            if (LossesWords.Contains(word.TrimEnd(":,.")))
            {
                return true;
            }
        }
        return false;
    }
}
