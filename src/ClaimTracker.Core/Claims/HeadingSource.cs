namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russian strike on Kharkiv kills 6, Ukraine says", "Syria monitor says 1,000 killed": a headline (a line read as
/// one, see <see cref="RepeatedClaims.ReadsAsHeadline"/>) names its speaker
/// by a country or a bare description, and the body names who gave the figure. A heading's figure credited to no
/// source, or to a country alone, takes the source of the body's claim of the same value and metric, so the two are
/// one claim with two mentions. So does one whose speaker is a headline's short name after a colon ("…: UN" over "the UN's
/// migration agency said", "…: Seoul military" over "South Korea's military said"; <see cref="HeadlineColonSpeaker"/>).
/// A headline's bare ministry ("…, interior ministry says") gives way to the body's speaker the same way (<see cref="BareMinistry"/>).
/// A live page's entry heading (<see cref="EntryHeading"/>) takes the body under it.
/// A headline's round floor over the body's exact figure ("toll passes 2,200" over 2,229) does too (<see cref="HeadlineRoundsDown"/>).
/// Golden cases: heading_speaker_named_in_the_body, an_entry_heading_takes_its_own_bodys_speaker.
/// </summary>
internal static class HeadingSource
{
    public static void FromBody(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        var summary = SummaryBlock.Marks(text, sentences);
        // The bullets first: a headline that restates a bullet then takes the speaker the bullet took from the body.
        foreach (var bullet in drafts.FindAll(d => IsProseBullet(text, sentences, summary, d)))
        {
            FromBodyBelow(text, sentences, drafts, summary, bullet);
        }
        foreach (var heading in drafts)
        {
            if (IsProseBullet(text, sentences, summary, heading))
            {
                continue;
            }
            if (!RepeatedClaims.ReadsAsHeadline(text, sentences[heading.Sentence])
                || !(heading.Source is null || NamesACountryOnly(heading.SourceMention) || HeadlineColonSpeaker.Names(text, sentences[heading.Sentence], heading.SourceMention)
                    || (heading.SourceMention is { } m && BareMinistry.AsAnaphor(m) is not null)))
            {
                continue;
            }
            if ((EntrysBodyClaim(text, sentences, drafts, heading) ?? BodyClaim(text, sentences, drafts, heading) ?? HeadlineRoundsDown.BodyClaim(text, sentences, drafts, heading)) is { } body && !HeadlinesNamedMinistry.Keeps(heading, body)
                && !KeepsItsNamedSpeaker(text, sentences, heading, body))
            {
                heading.Source = body.Source;
                heading.SourceMention = body.SourceMention;
                heading.Attribution = body.Source is null ? Attribution.None : Attribution.Inherited;
            }
        }
    }

    // "… with 62 soldiers killed – Kostin" over a body that restates the figure with no speaker ("In total, 62 … were
    // killed in those incidents"): the headline's named speaker gives way to a fuller name, never to nobody (Unseen79
    // pravda-prosecutors-executions; golden case headline_names_its_speaker_after_a_dash).
    private static bool KeepsItsNamedSpeaker(string text, List<Sentence> sentences, ClaimDraft heading, ClaimDraft body) =>
        body.Source is null && heading.Source is not null && HeadlineColonSpeaker.Names(text, sentences[heading.Sentence], heading.SourceMention);

    // "- Civil defence crews recover at least 34 bodies …" in a page's top summary, kept apart from the body's claim
    // (SummaryBlock), names no speaker; the body below, whose digest it is, does ("its crews had recovered at least 34
    // bodies, Gaza's civil defence said"): the bullet takes the speaker of the first body claim of its figure and metric
    // after it (the first naming the bullet's place when several do: BulletsPlace). The other way round too: a bullet
    // that credits "IOM's tracking matrix" gives its speaker to the body's
    // unattributed restatement ("field teams estimate that …"), as the merge of the two gave it before they were kept
    // apart (Unseen18 ocha-zamzam); not a bullet's country alone ("Moscow says"), which a headline's gives way to too
    // (Unseen28 business-insider-kim: the lede's own figure is the writer's).
    private static void FromBodyBelow(string text, List<Sentence> sentences, List<ClaimDraft> drafts, bool[] summary, ClaimDraft bullet)
    {
        var candidates = drafts.FindAll(d => d.Sentence > bullet.Sentence && !summary[d.Sentence] && SameFigure(text, sentences, d, bullet));
        if (BulletsPlace.Choose(text, sentences, candidates, bullet) is not { } body
            || (bullet.Source is null) == (body.Source is null) || (body.Source is null && NamesACountryOnly(bullet.SourceMention)))
        {
            return;
        }
        var (from, to) = bullet.Source is null ? (body, bullet) : (bullet, body);
        to.Source = from.Source;
        to.SourceMention = from.SourceMention;
        to.Attribution = Attribution.Inherited;
    }

    private static bool IsProseBullet(string text, List<Sentence> sentences, bool[] summary, ClaimDraft d) =>
        summary[d.Sentence] && !RepeatedClaims.ReadsAsHeadline(text, sentences[d.Sentence]);

    private static bool SameFigure(string text, List<Sentence> sentences, ClaimDraft d, ClaimDraft bullet) =>
        !RepeatedClaims.ReadsAsHeadline(text, sentences[d.Sentence]) && sentences[d.Sentence].Line != sentences[bullet.Sentence].Line
        && d.Number.Value == bullet.Number.Value && d.Number.Low == bullet.Number.Low && d.Number.High == bullet.Number.High
        && (d.Number.Value ?? d.Number.Low ?? d.Number.High) is not null
        && (d.Metric is null || bullet.Metric is null || d.Metric == bullet.Metric);

    /// <summary>The first body claim (not a headline's, nor on the heading's own line) of the heading's value and metric, or null.</summary>
    public static ClaimDraft? BodyClaim(string text, List<Sentence> sentences, List<ClaimDraft> drafts, ClaimDraft heading) =>
        drafts.Find(d => Repeats(text, sentences, d, heading));

    // "Civil defence crews recover at least 34 bodies" in a live page's key points, unattributed, comes before the
    // entry "Civil defence: at least 34 dead at cafe" whose body names Gaza's civil defence: an entry's heading repeats
    // the body under it, the first claim of its value after it (Unseen18 aljazeera-gaza-seafront-cafe-live; golden case
    // an_entry_heading_takes_its_own_bodys_speaker). Not for the article's own headline, which the first body claim
    // still gives.
    private static ClaimDraft? EntrysBodyClaim(string text, List<Sentence> sentences, List<ClaimDraft> drafts, ClaimDraft heading) =>
        EntryHeading.Opens(text, sentences, heading.Sentence) ? drafts.Find(d => d.Sentence > heading.Sentence && Repeats(text, sentences, d, heading)) : null;

    private static bool Repeats(string text, List<Sentence> sentences, ClaimDraft d, ClaimDraft heading) =>
        !RepeatedClaims.ReadsAsHeadline(text, sentences[d.Sentence]) && sentences[d.Sentence].Line != sentences[heading.Sentence].Line
        && d.Number.Value is { } v && v == heading.Number.Value
        && (d.Metric is null || heading.Metric is null || d.Metric == heading.Metric)
        && !FloorOverEstimate(heading, d);

    // "More than 100 killed in RSF attack" over the lede's "at least 104 … were killed" and a later "the ministry put the
    // toll at about 100": a headline's floor ("more than", "at least") is no repeat of a body figure given as an estimate
    // or a ceiling ("about 100", "up to 100"), which may fall below it; the floor summarises another count (Unseen14
    // radio-dabanga-wad-el-noura; golden case a_headlines_floor_is_no_repeat_of_an_estimate).
    private static bool FloorOverEstimate(ClaimDraft heading, ClaimDraft body) =>
        heading.Number.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast
        && body.Number.Qualifier is Qualifier.Approximately or Qualifier.UpTo or Qualifier.LessThan;

    // "Ukraine", "Iran": the state, not one of its bodies.
    private static bool NamesACountryOnly(string? mention) => mention is not null && Nationality.OfPhrase(mention) is not null;
}
