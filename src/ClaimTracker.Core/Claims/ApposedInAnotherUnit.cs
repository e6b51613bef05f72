using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count restating the count just before it in another unit, set off by ", or": "between 60,000 and 80,000
/// households, or up to 400,000 people, had been displaced", "1,500 families, or some 7,500 people, fled". The
/// restatement is an aside between the first count and their verb, so it shares the first count's fate (IOM and OCHA
/// give households and people so). Only the draft right after another in the same sentence, with nothing between the
/// two but the first count's noun, a comma, "or" and a hedge, and only when its own clause gave no fate (other, or
/// guessed). Golden case: households_or_people_share_the_fate.
/// </summary>
internal static partial class ApposedInAnotherUnit
{
    public static void Carry(string text, List<ClaimDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var first = drafts[i - 1];
            if (!(draft.MetricGuessed || draft.Metric is null or Metric.Other) || first.Sentence != draft.Sentence
                || first.Metric is not { } fate || fate == Metric.Other || first.MetricGuessed)
            {
                continue;
            }
            var between = first.Number.MentionEnd;
            if (between <= draft.Number.MentionStart && Restatement().IsMatch(text.AsSpan(between, draft.Number.MentionStart - between)))
            {
                draft.Metric = fate;
                draft.MetricGuessed = false;
            }
        }
    }

    // " households, or ": the first count's noun, a comma and "or" (the hedge belongs to the second count's mention).
    [GeneratedRegex(@"^\s+\w+\s*,\s*or\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Restatement();
}
