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
/// A page's bracketed tag before the label ("[UPDATE] Gaza health ministry: …") is skipped (branch source75). A list row
/// of estimates labels its figure so too, numbered or bulleted, with a bracketed date before the colon ("2. UK Ministry
/// of Defence (June 2025): some 6,000 …"; branch source48).
/// Golden cases: a_headline_label_before_the_colon_is_its_speaker, a_place_before_the_colon_is_no_speaker,
/// a_bracketed_page_tag_before_the_label, a_bracketed_tag_before_a_place_is_no_speaker.
/// </summary>
internal static class HeadlineLabelSpeaker
{
    private const int MaxWords = 5;
    private static readonly WordSet PlaceWords = WordLists.Set("headlineLabelPlaceWords");

    /// <summary>Adds the speaker a headline or a list row names before its first colon to <paramref name="into"/>, if any.</summary>
    public static void Read(string text, Sentence sentence, List<Token> tokens, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var row = RowLabelStart(text, sentence, tokens);
        var first = row >= 0 ? row : AfterPageTag(text, tokens);
        if ((row < 0 && (into.Count > 0 || !RepeatedClaims.ReadsAsHeadline(text, sentence))) || LabelColon(text, tokens, first) is not var (colon, last))
        {
            return;
        }
        // A row's own frame further on ("… up from the 600 it reported in April") speaks for its own figure; one before
        // the colon makes the label no speaker's.
        if (row >= 0 && into.Exists(a => a.Start < tokens[colon].Start))
        {
            return;
        }
        var label = text[tokens[first].Start..tokens[last].End];
        // "Drone attack on Kyiv:" names an event at a place, whose country is no speaker (Unseen21 unian-kyiv-drone-night-toll).
        if (Nationality.OfPhrase(label) is not null || label.Split(' ').Any(w => PlaceWords.Contains(w)))
        {
            return;
        }
        var found = new List<Attributor>();
        AttributionFinder.AddForward(text, tokens.GetRange(first, last + 1 - first), 0, AttributorCue.AccordingTo, tokens[colon].Start, mentions, found);
        if (found.Count == 1 && found[0].End == tokens[last].End
            && (found[0].Source is not null || BareMinistry.AsAnaphor(found[0].Text) is not null))
        {
            into.Add(found[0]);
        }
    }

    // "2. UK Ministry of Defence (June 2025): some 6,000 killed or wounded", "- Ukraine's General Staff: 1,100 killed":
    // an explainer's list of estimates labels each row with whose estimate it is, and a numbered row (the splitter
    // leaves "2." a sentence of its own) or one ending in a full stop was no headline, so its figure went to nobody
    // (Unseen72 firstpost-explainer-north-korean-troops-what-we-know). The first token of the label of a row opening
    // with a number ("2." before it on its line, or "2)" inside) or a bullet; -1 for any other sentence.
    private static int RowLabelStart(string text, Sentence sentence, List<Token> tokens)
    {
        if (tokens.Count < 3)
        {
            return -1;
        }
        if (!tokens[0].IsWord && Articles.PageFurniture.IsBullet(text.AsSpan(tokens[0].Start, sentence.End - tokens[0].Start)))
        {
            return 1;
        }
        if (tokens[0].IsWord && tokens[0].Length <= 2 && char.IsDigit(text[tokens[0].Start]) && !tokens[1].IsWord && text[tokens[1].Start] == ')')
        {
            return 2;
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, sentence.Start - 1)) + 1;
        var before = text.AsSpan(lineStart, sentence.Start - lineStart).Trim();
        return before.Length is 2 or 3 && before[^1] is '.' or ')' && !before[..^1].ContainsAnyExceptInRange('0', '9') ? 0 : -1;
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

    // How many tokens a bracketed note before the colon may take: "(June 2025)", "(estimate, March)".
    private const int MaxNoteTokens = 8;

    // The first colon, with one to MaxWords words, none a figure, after the tag and before it, and a figure somewhere
    // after it; and the label's last token, before a bracketed note that dates or qualifies it ("NIS (September 2025):").
    private static (int Colon, int Last)? LabelColon(string text, List<Token> tokens, int first)
    {
        var colon = tokens.FindIndex(first, t => !t.IsWord && text[t.Start] == ':');
        var last = colon - 1;
        if (last > first && !tokens[last].IsWord && text[tokens[last].Start] == ')')
        {
            var open = tokens.FindLastIndex(last, Math.Min(MaxNoteTokens, last + 1), t => !t.IsWord && text[t.Start] == '(');
            last = open > first ? open - 1 : last;
        }
        if (colon < first + 1 || last > first + MaxWords + 1)
        {
            return null;
        }
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].IsWord && char.IsDigit(text[tokens[k].Start]))
            {
                return null;
            }
            words += tokens[k].IsWord ? 1 : 0;
        }
        return words is > 0 and <= MaxWords ? (colon, last) : null;
    }
}
