namespace ClaimTracker.Core.Claims;

/// <summary>
/// "LIVE: Gaza death toll tops 10,000 as …" over a summary whose bullet says "Gaza death toll passes 10,000, health
/// ministry says": a headline's toll that names no speaker, and whose body has no claim of that figure with one (the
/// body has moved on to a later count), is the figure the page's own summary attributes. The headline takes the speaker
/// of the first summary bullet below it (<see cref="SummaryBlock"/>) giving the same figure and metric, once the
/// bullet's own speaker is settled (<see cref="DescribedHeadlineSpeaker"/> reads a bullet's "health ministry says"), and
/// not a country alone ("Moscow says", which a headline gives way to in <see cref="HeadingSource"/> too).
/// Golden cases in <c>HeadlinesBulletTests</c>.
/// </summary>
internal static class HeadlinesBullet
{
    public static void Credit(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        var summary = SummaryBlock.Marks(text, sentences);
        foreach (var headline in drafts)
        {
            if (headline.Source is not null || headline.SourceMention is not null || summary[headline.Sentence]
                || !RepeatedClaims.ReadsAsHeadline(text, sentences[headline.Sentence])
                || drafts.Find(d => Digests(sentences, summary, d, headline)) is not { } bullet)
            {
                continue;
            }
            headline.Source = bullet.Source;
            headline.SourceMention = bullet.SourceMention;
            headline.Attribution = Attribution.Inherited;
        }
    }

    // A bullet after the headline, with the headline's figure and metric and a speaker that is not a country alone.
    private static bool Digests(List<Sentence> sentences, bool[] summary, ClaimDraft bullet, ClaimDraft headline) =>
        bullet.Sentence > headline.Sentence && summary[bullet.Sentence]
        && sentences[bullet.Sentence].Line != sentences[headline.Sentence].Line
        && bullet.Source is not null && Nationality.OfPhrase(bullet.SourceMention ?? string.Empty) is null
        && bullet.Number.Value is { } v && v == headline.Number.Value
        && (bullet.Metric is null || headline.Metric is null || bullet.Metric == headline.Metric);
}
