using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "NIS: About 620 North Korean soldiers killed", "WHO: 26 health workers killed in Lebanon", "South Korea's spy agency:
/// North Korea lost 2,000 soldiers", "Gaza health ministry: 64 killed": the broadcaster and agency headline that puts
/// its speaker first, as a label before the colon (Unseen22 "South Korea's military:", Unseen22 "IOM:", Unseen23
/// "Zelensky:", Unseen36 "OCHA:"/"WHO:", Unseen39/44 "NIS:", Unseen40 "Health Ministry:"; golds accept that body).
/// <see cref="HeadlineColonSpeaker"/> reads only after a colon, so the label credited nothing and a headline figure the
/// body does not repeat went to nobody. The label is read as after "according to" when the whole of it, a few words with
/// no figure, names a registry body (or a bare ministry the body resolves); a place or a country alone ("Gaza:",
/// "Sudan:"), a page label ("Live:", "Ukraine war:", "Strike on Kharkiv:") names nobody and is left.
/// A page's bracketed tag before the label ("[UPDATE] Gaza health ministry: …") is skipped (branch source75).
/// Golden cases: a_headline_label_before_the_colon_is_its_speaker, a_place_before_the_colon_is_no_speaker,
/// a_bracketed_page_tag_before_the_label, a_bracketed_tag_before_a_place_is_no_speaker.
/// </summary>
internal static class HeadlineLabelSpeaker
{
    private const int MaxWords = 5;
    private static readonly WordSet PlaceWords = WordLists.Set("headlineLabelPlaceWords");

    /// <summary>Adds the speaker a headline names before its first colon to <paramref name="into"/>, if any.</summary>
    public static void Read(string text, Sentence sentence, List<Token> tokens, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var first = AfterPageTag(text, tokens);
        if (into.Count > 0 || !RepeatedClaims.ReadsAsHeadline(text, sentence) || LabelColon(text, tokens, first) is not { } colon)
        {
            return;
        }
        var label = text[tokens[first].Start..tokens[colon - 1].End];
        // "Drone attack on Kyiv:" names an event at a place, whose country is no speaker (Unseen21 unian-kyiv-drone-night-toll).
        if (Nationality.OfPhrase(label) is not null || label.Split(' ').Any(w => PlaceWords.Contains(w)))
        {
            return;
        }
        var found = new List<Attributor>();
        AttributionFinder.AddForward(text, tokens.GetRange(first, colon - first), 0, AttributorCue.AccordingTo, tokens[colon].Start, mentions, found);
        if (found.Count == 1 && found[0].End == tokens[colon - 1].End
            && (found[0].Source is not null || BareMinistry.AsAnaphor(found[0].Text) is not null))
        {
            into.Add(found[0]);
        }
    }

    // "[UPDATE] Gaza health ministry: 38 killed", "[BREAKING] WHO: …": a page's bracketed tag before the label is no
    // part of it (branch source75; golden case a_bracketed_page_tag_before_the_label). The first token after the
    // tag's closing bracket, or 0 where the headline opens with none.
    private static int AfterPageTag(string text, List<Token> tokens)
    {
        if (tokens.Count == 0 || tokens[0].IsWord || text[tokens[0].Start] != '[')
        {
            return 0;
        }
        for (var k = 1; k < tokens.Count && k <= MaxTagTokens; k++)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ']')
            {
                return k + 1 < tokens.Count ? k + 1 : 0;
            }
        }
        return 0;
    }

    // A page tag of a few words ("[News Today]", "[UPDATE 2]") and its closing bracket.
    private const int MaxTagTokens = 5;

    // The first colon, with one to MaxWords words, none a figure, after the tag and before it, and a figure somewhere after it.
    private static int? LabelColon(string text, List<Token> tokens, int first)
    {
        var colon = tokens.FindIndex(first, t => !t.IsWord && text[t.Start] == ':');
        if (colon < first + 1 || colon > first + MaxWords + 2)
        {
            return null;
        }
        var words = 0;
        for (var k = first; k < colon; k++)
        {
            if (tokens[k].IsWord && char.IsDigit(text[tokens[k].Start]))
            {
                return null;
            }
            words += tokens[k].IsWord ? 1 : 0;
        }
        return words is > 0 and <= MaxWords ? colon : null;
    }
}
