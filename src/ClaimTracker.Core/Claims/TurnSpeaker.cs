using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "YOUSEF ABU HAMDA: Right now we have more than 12,000 displaced …", "OKORO: On one day our team registered 1,200 …",
/// "Dr Firass Abiad: The 97 health workers we have lost …": a broadcast transcript names the speaker of each turn in a
/// label before a colon that opens the line, and introduces the speaker once ("joined by Yousef Abu Hamda, an emergency
/// coordinator with the Palestine Red Crescent", "Lebanon's caretaker health minister, Dr Firass Abiad", a guest line,
/// or the label's own description "NEBAL FARSAKH, spokesperson for the Palestine Red Crescent:"). The turn is the
/// speaker's: its figures with no frame of their own are the body the introduction names (first person or not), and a
/// host's or an unintroduced witness's turn is nobody's, so the interviewer's "Israel says …" is not carried into the
/// guest's answer (Unseen71 democracynow, channel4, npr-consider-this; before, the extractor read no colon frame and the
/// turn inherited the question's speaker). A label is a person's name: written in capitals, or in title case opening
/// two lines or more; a one-turn capitals label needs a description after a comma or the name written elsewhere in
/// title case, so "LIVE UPDATES:", "CORRECTION:" or "Watch:" name nobody (attribution.json turnLabelPageWords).
/// Golden cases: a_guests_turn_speaks_for_the_body_introduced, a_title_case_label_opening_several_lines_takes_the_body_introduced,
/// a_hosts_turn_carries_no_question_speaker; control a_page_label_in_capitals_is_no_turn.
/// </summary>
internal static class TurnSpeaker
{
    private const int MaxLabelTokens = 16;
    private const int MaxNameWords = 4;
    private const int MaxDescription = 140;
    private static readonly WordSet PageWords = WordLists.Set("turnLabelPageWords");

    /// <summary>Adds the turn's speaker to <paramref name="into"/> when the sentence opens a line with a speaker's label and has no frame of its own.</summary>
    public static void Read(string text, Sentence sentence, List<Token> tokens, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (into.Count > 0 || tokens.Count < 3 || !OpensLine(text, tokens[0].Start) || Colon(text, tokens) is not { } colon
            || Name(text, tokens, colon) is not { } last)
        {
            return;
        }
        var capitals = IsCapitals(text, tokens, last);
        var written = text.Substring(tokens[0].Start, tokens[last].End - tokens[0].Start);
        var name = TitleCase(written);
        if (PageWords.Contains(name) || !(capitals ? IsCapitalsTurn(text, tokens, last, colon, name) : LabelsTwoLines(text, written)))
        {
            return;
        }
        // Just past the colon: a headline's colon speaker (HeadlineColonSpeaker.Is) sits on it and opens no scope, a turn does.
        var position = tokens[colon].End;
        // An unintroduced speaker's words take in the label's description, so no body named in it ("BIANCA NOLAN, CNN
        // INTERNATIONAL ANCHOR:") is read as the name's apposition: a host relays, and speaks for no outlet.
        into.Add(Introduced(text, mentions, tokens[0].Start, position, name, position)
            ?? new Attributor(tokens[0].Start, tokens[colon - 1].End, name, null, AttributorCue.Verb, position));
    }

    /// <summary>Whether a line opens at <paramref name="at"/>.</summary>
    public static bool OpensLine(string text, int at) => at == 0 || text[at - 1] == '\n';

    // The label's colon: within a few tokens, before any figure.
    private static int? Colon(string text, List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count && k <= MaxLabelTokens; k++)
        {
            if (tokens[k].IsWord && char.IsDigit(text[tokens[k].Start]))
            {
                return null;
            }
            if (!tokens[k].IsWord && text[tokens[k].Start] == ':')
            {
                return k;
            }
        }
        return null;
    }

    // The name's last token: one to four capitalised words from the line's start, ending at a comma, a bracket or the colon.
    private static int? Name(string text, List<Token> tokens, int colon)
    {
        var last = -1;
        for (var k = 0; k < colon; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                if (text[t.Start] is ',' or '(')
                {
                    break;
                }
                if (text[t.Start] is not ('-' or '\'' or '’' or '.'))
                {
                    return null;
                }
                continue;
            }
            if (!char.IsUpper(text[t.Start]) || k + 1 > MaxNameWords * 2)
            {
                return null;
            }
            last = k;
        }
        return last >= 0 && WordsIn(tokens, last) <= MaxNameWords ? last : null;
    }

    private static int WordsIn(List<Token> tokens, int last) => tokens.Take(last + 1).Count(t => t.IsWord);

    private static bool IsCapitals(string text, List<Token> tokens, int last)
    {
        for (var k = 0; k <= last; k++)
        {
            foreach (var c in text.AsSpan(tokens[k].Start, tokens[k].Length))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }
        return true;
    }

    // "SERHIY, VOLUNTEER DRIVER:", "ELLIS:": a described label, one the transcript uses again, or a name written elsewhere.
    private static bool IsCapitalsTurn(string text, List<Token> tokens, int last, int colon, string name) =>
        (last + 1 < colon && text[tokens[last + 1].Start] == ',') || Elsewhere(text, name) >= 0
        || LabelsTwoLines(text, text[tokens[0].Start..tokens[last].End]);

    // Whether two lines or more open with the label (its words, then a comma, a bracket or the colon).
    private static bool LabelsTwoLines(string text, string label)
    {
        var count = 0;
        for (var at = text.IndexOf(label, StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + label.Length, StringComparison.Ordinal))
        {
            var end = at + label.Length;
            if (OpensLine(text, at) && end < text.Length && text[end] is ':' or ',' or ' ' && LabelEnds(text, end) && ++count >= 2)
            {
                return true;
            }
        }
        return false;
    }

    // The label's colon comes before the line's first sentence would end.
    private static bool LabelEnds(string text, int from)
    {
        var colon = text.IndexOf(':', from);
        var line = text.IndexOf('\n', from);
        return colon >= 0 && (line < 0 || colon < line) && colon - from < MaxDescription / 2;
    }

    // The first place the name is written in title case and is no label: an introduction. -1 for none.
    private static int Elsewhere(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            var bounded = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
            if (bounded && !(OpensLine(text, at) && LabelEnds(text, end)))
            {
                return at;
            }
        }
        return -1;
    }

    // The body the speaker's introduction names: in the label's own description, after the name where it is introduced,
    // else the description just before the name ("Lebanon's caretaker health minister, Dr Firass Abiad").
    private static Attributor? Introduced(string text, IReadOnlyList<SourceMention> mentions, int labelStart, int colon, string name, int position)
    {
        if (BodyIn(text, mentions, labelStart, colon, position) is { } own)
        {
            return own;
        }
        var at = Elsewhere(text, name);
        if (at < 0 && name.LastIndexOf(' ') is var space and > 0)
        {
            at = Elsewhere(text, name[(space + 1)..]);
            name = name[(space + 1)..];
        }
        if (at < 0)
        {
            return null;
        }
        var end = at + name.Length;
        if (end + 1 < text.Length && text[end] == ',' && BodyIn(text, mentions, end, DescriptionEnd(text, end), position) is { } after)
        {
            return after;
        }
        return DescribedBefore(text, mentions, at, position);
    }

    // A description runs to the sentence's or the line's end, never past a reporting verb ("…, a volunteer, said the UN …").
    private static int DescriptionEnd(string text, int from)
    {
        var end = Math.Min(text.Length, from + MaxDescription);
        var line = text.IndexOf('\n', from, end - from);
        end = line < 0 ? end : line;
        for (var k = from + 1; k + 1 < end; k++)
        {
            if (text[k] == '.' && text[k + 1] == ' ' && k + 2 < end && char.IsUpper(text[k + 2]) && !char.IsUpper(text[k - 1]))
            {
                return k;
            }
            if (text[k] == ' ' && ReportingVerbAt(text, k + 1, end))
            {
                return k;
            }
        }
        return end;
    }

    private static bool ReportingVerbAt(string text, int at, int end)
    {
        var stop = at;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }
        return stop > at && ClaimLexicon.ReportingVerbs.Contains(text.AsSpan(at, stop - at));
    }

    // The first registry body named with a capital between from and to, not as a place ("Gaza City", "a Kyiv-based"),
    // and no outlet: "BIANCA NOLAN, CNN INTERNATIONAL ANCHOR:" is the programme's host, who relays others' figures.
    private static Attributor? BodyIn(string text, IReadOnlyList<SourceMention> mentions, int from, int to, int position)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= to && mention.Source is { Kind: not SourceKind.Media } source && char.IsUpper(text[mention.Start]) && !PlaceInApposition.Is(text, mention))
            {
                return new Attributor(mention.Start, mention.End, mention.Text, source, AttributorCue.Verb, position);
            }
        }
        return null;
    }

    // "… by Lebanon's caretaker health minister, Dr Firass Abiad": the words between the clause's opening and the comma
    // before the name, read as a speaker's words (a registry body, or a country's minister the resolver places).
    private static Attributor? DescribedBefore(string text, IReadOnlyList<SourceMention> mentions, int at, int position)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ');
        if (before.Length == 0 || before[^1] != ',')
        {
            return null;
        }
        var comma = before.Length - 1;
        var open = Math.Max(text.LastIndexOfAny(['.', ',', ':', ';', '\n'], comma - 1), comma - MaxDescription);
        var tokens = new List<Token>();
        Token.Split(text, open + 1, comma, tokens);
        var first = tokens.FindLastIndex(t => t.IsWord && Openers.Contains(text.AsSpan(t.Start, t.Length))) + 1;
        var found = new List<Attributor>();
        if (first < tokens.Count)
        {
            AttributionFinder.Add(text, tokens, first, tokens.Count - 1, AttributorCue.Verb, position, mentions, found);
        }
        return found.Count == 1 && found[0].End == comma ? found[0] with { Position = position } : null;
    }

    // The words that open an introduction's clause before the description: "joined by", "we spoke to", "with".
    private static readonly WordSet Openers = WordLists.Set("turnIntroductionOpeners");

    private static string TitleCase(ReadOnlySpan<char> words)
    {
        var chars = words.ToArray();
        for (var k = 0; k < chars.Length; k++)
        {
            var opens = k == 0 || !char.IsLetter(chars[k - 1]) && chars[k - 1] is not ('\'' or '’');
            chars[k] = opens ? char.ToUpperInvariant(chars[k]) : char.ToLowerInvariant(chars[k]);
        }
        return new string(chars);
    }
}
