namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russian strike on Kharkiv kills 6, Ukraine says", "Syria monitor says 1,000 killed": a headline (a line read as
/// one, see <see cref="RepeatedClaims.ReadsAsHeadline"/>) names its speaker
/// by a country or a bare description, and the body names who gave the figure. A heading's figure credited to no
/// source, or to a country alone, takes the source of the body's claim of the same value and metric, so the two are
/// one claim with two mentions. So does one whose speaker is a headline's short name after a colon ("…: UN" over "the UN's
/// migration agency said", "…: Seoul military" over "South Korea's military said"; <see cref="HeadlineColonSpeaker"/>).
/// A headline's bare ministry ("…, interior ministry says") gives way to the body's speaker the same way (<see cref="BareMinistry"/>).
/// Golden case: heading_speaker_named_in_the_body.
/// </summary>
internal static class HeadingSource
{
    public static void FromBody(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        foreach (var heading in drafts)
        {
            if (!RepeatedClaims.ReadsAsHeadline(text, sentences[heading.Sentence])
                || !(heading.Source is null || NamesACountryOnly(heading.SourceMention) || HeadlineColonSpeaker.Names(text, sentences[heading.Sentence], heading.SourceMention)
                    || (heading.SourceMention is { } m && BareMinistry.AsAnaphor(m) is not null)))
            {
                continue;
            }
            if (BodyClaim(text, sentences, drafts, heading) is { } body)
            {
                heading.Source = body.Source;
                heading.SourceMention = body.SourceMention;
                heading.Attribution = body.Source is null ? Attribution.None : Attribution.Inherited;
            }
        }
    }

    /// <summary>The first body claim (not a headline's, nor on the heading's own line) of the heading's value and metric, or null.</summary>
    public static ClaimDraft? BodyClaim(string text, List<Sentence> sentences, List<ClaimDraft> drafts, ClaimDraft heading) =>
        drafts.Find(d => !RepeatedClaims.ReadsAsHeadline(text, sentences[d.Sentence]) && sentences[d.Sentence].Line != sentences[heading.Sentence].Line
            && d.Number.Value is { } v && v == heading.Number.Value
            && (d.Metric is null || heading.Metric is null || d.Metric == heading.Metric));

    // "Ukraine", "Iran": the state, not one of its bodies.
    private static bool NamesACountryOnly(string? mention) => mention is not null && Nationality.OfPhrase(mention) is not null;
}
