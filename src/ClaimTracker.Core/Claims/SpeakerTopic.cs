namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to a source familiar with Russian government planning", "people familiar with Israel's military plans
/// said": what follows "familiar with" (attribution.json speakerTopicLeads) is what the unnamed speaker knows about, not
/// who speaks, so a registry name there (the Kremlin, the Israeli military) is never the figure's source; the speaker's
/// words end before it. Golden cases: a_source_familiar_with_a_government_is_no_government,
/// officials_familiar_with_the_army_plans (control: a named body before "familiar" keeps its name).
/// </summary>
internal static class SpeakerTopic
{
    private static readonly WordSet Leads = WordLists.Set("speakerTopicLeads");

    /// <summary>The last token of the speaker's own words in <c>[first, last]</c>: before a topic lead, else <paramref name="last"/>.</summary>
    public static int End(string text, List<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (tokens[k].IsWord && Leads.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                var end = k - 1;
                while (end > first && !tokens[end].IsWord)
                {
                    end--;
                }
                return end;
            }
        }
        return last;
    }
}
