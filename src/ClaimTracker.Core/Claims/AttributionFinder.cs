using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>Finds a sentence's attributors: "according to X", "citing X", "X said/told/estimated", "…,” said X".</summary>
internal static class AttributionFinder
{
    private static readonly WordSet Passive = WordLists.Set("passive");
    private static readonly WordSet Determiners = WordLists.Set("determiners");
    private static readonly WordSet FunctionWords = WordLists.Set("functionWords");
    private const int MaxWords = 14;

    // "by the UN's count", "by the ministry's tally": the owner of the count is the source.
    private static readonly WordSet CountNouns = WordLists.Set("countNouns");

    // Every word that can open an attribution, so most words cost one lookup.
    private static readonly WordSet Cues = new(
        [.. ClaimLexicon.ReportingVerbs.Words, "according", "citing", "cited", "briefing", "briefed", "assessment", "estimates", "figures", "data", .. CountNouns.Words]);


    public static void Find(string text, List<Token> tokens, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        into.Clear();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                continue;
            }
            var word = text.AsSpan(t.Start, t.Length);
            if (!Cues.Contains(word))
            {
                continue;
            }
            if (CountNouns.Contains(word) && ByOwner(text, tokens, i) is var by and >= 0)
            {
                // The owner ends at the possessive: "the UN", not "the UN'".
                Add(text, tokens, by + 1, i - 3, AttributorCue.AccordingTo, tokens[by].Start, mentions, into);
            }
            else if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Count && Is(text, tokens[i + 1], "to"))
            {
                AddForward(text, tokens, i + 2, AttributorCue.AccordingTo, t.Start, mentions, into);
            }
            else if (word.Equals("citing", StringComparison.OrdinalIgnoreCase) || IsCitedAsSaying(text, tokens, i)
                     || ((word.Equals("briefing", StringComparison.OrdinalIgnoreCase) || word.Equals("briefed", StringComparison.OrdinalIgnoreCase)
                          || word.Equals("assessment", StringComparison.OrdinalIgnoreCase) || word.Equals("estimates", StringComparison.OrdinalIgnoreCase)
                          || word.Equals("figures", StringComparison.OrdinalIgnoreCase) || word.Equals("data", StringComparison.OrdinalIgnoreCase))
                         && i + 1 < tokens.Count && (Is(text, tokens[i + 1], "by") || Is(text, tokens[i + 1], "from"))))
            {
                if (!word.Equals("citing", StringComparison.OrdinalIgnoreCase) && !word.Equals("cited", StringComparison.OrdinalIgnoreCase))
                {
                    // "after a closed-door briefing by the NIS", "figures from the UN": the source behind the speaker.
                    i++;
                }
                AddForward(text, tokens, i + 1, AttributorCue.Citing, t.Start, mentions, into);
            }
            else if (ClaimLexicon.ReportingVerbs.Contains(word) && !IsPluralStates(text, tokens, i, word))
            {
                AddForVerb(text, tokens, i, mentions, into);
            }
        }
    }

    // The token index of "by" in "by the UN's count" (a possessive right before the count noun), or -1.
    private static int ByOwner(string text, List<Token> tokens, int noun)
    {
        if (noun < 3 || !Is(text, tokens[noun - 1], "s") || tokens[noun - 2].IsWord || text[tokens[noun - 2].Start] is not ('’' or '\''))
        {
            return -1;
        }
        for (var k = noun - 3; k >= 0 && noun - k <= 8; k--)
        {
            if (!tokens[k].IsWord)
            {
                return -1;
            }
            if (Is(text, tokens[k], "by"))
            {
                // At least one word of owner between "by" and the possessive.
                return k < noun - 3 ? k : -1;
            }
        }
        return -1;
    }

    // "the Baltic states, Rutte said", "member states": the noun, not a speaker stating something. As a verb it
    // introduces what is stated ("the report states that …", "states: …").
    private static bool IsPluralStates(string text, List<Token> tokens, int i, ReadOnlySpan<char> word) =>
        word.Equals("states", StringComparison.OrdinalIgnoreCase)
        && !(i + 1 < tokens.Count && (Is(text, tokens[i + 1], "that") || text[tokens[i + 1].Start] is ':' or '"' or '“'));

    private static void AddForVerb(string text, List<Token> tokens, int verb, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var position = tokens[verb].Start;
        var before = verb > 0 ? tokens[verb - 1] : default;
        var hasBefore = verb > 0;
        if (hasBefore && before.IsWord && (Passive.Contains(text.AsSpan(before.Start, before.Length)) || Determiners.Contains(text.AsSpan(before.Start, before.Length))))
        {
            // "were reported killed" / "an estimated 11,000": not someone speaking, unless "reported by X".
            if (verb + 1 < tokens.Count && Is(text, tokens[verb + 1], "by"))
            {
                AddForward(text, tokens, verb + 2, AttributorCue.Citing, position, mentions, into);
            }
            return;
        }
        if (verb + 1 < tokens.Count && Is(text, tokens[verb + 1], "by"))
        {
            AddForward(text, tokens, verb + 2, AttributorCue.Citing, position, mentions, into);
            return;
        }
        if (AppositionSpeaker.Outer(text, tokens, verb, mentions) is (>= 0 and var outerFirst, var outerLast))
        {
            Add(text, tokens, outerFirst, outerLast, AttributorCue.Verb, position, mentions, into);
            return;
        }
        if (hasBefore && !before.IsWord && text[before.Start] is ',' or '”' or '"' or '’' && EndsWithIng(text, tokens[verb]))
        {
            if (into.Count > 0 && into[^1].Position < position && into[^1].Source is not null)
            {
                // "…, the UN office said on Friday, warning that …": the same speaker goes on, not the clause's subject.
                return;
            }
            // "Rutte highlighted the toll, noting that …": the speaker is the clause's subject.
            AddSubject(text, tokens, verb, position, mentions, into);
            return;
        }
        // "Russia's Defence Ministry, for its part, said": step over the aside to the speaker.
        if (hasBefore && !before.IsWord && text[before.Start] == ',' && AsideStart(text, tokens, verb - 1) is var aside and > 0)
        {
            verb = aside;
            before = tokens[verb - 1];
        }
        var apposition = hasBefore && !before.IsWord && text[before.Start] == ',' && verb >= 2 && tokens[verb - 2].IsWord
            && char.IsUpper(text[tokens[verb - 2].Start]);
        if (hasBefore && !before.IsWord && text[before.Start] is ',' or '”' or '"' or '’' or '—' or '–' && !apposition)
        {
            // "…,” said the ministry."
            AddForward(text, tokens, verb + 1, AttributorCue.Verb, position, mentions, into);
            return;
        }
        AddSpeakerBefore(text, tokens, verb, position, apposition, mentions, into);
    }

    /// <summary>
    /// Speaker before the verb: "the ministry said", "Skibitskyi, deputy chief of …, told", "the enclave's health
    /// ministry said", over adverbs ("the NIS also stated") and an aside that closes the name. Golden cases:
    /// spy_agency_says, the_ministry_estimated, possessive_attributor_keeps_its_possessor, un_refugee_agency_displaced,
    /// sudan_army_said.
    /// </summary>
    private static void AddSpeakerBefore(string text, List<Token> tokens, int verb, int position, bool apposition, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var end = verb - 1;
        while (end >= 0 && tokens[end].IsWord && ClaimLexicon.AttributorAdverbs.Contains(text.AsSpan(tokens[end].Start, tokens[end].Length))
               && !char.IsUpper(text[tokens[end].Start]))
        {
            end--;
        }
        // "The NIS (NIS) reported", "Skibitskyi, deputy chief of …, told": an aside closes the name.
        if (end >= 1 && !tokens[end].IsWord && text[tokens[end].Start] is ')' or ',' && tokens[end - 1].IsWord && IsNameWord(text, tokens[end - 1]))
        {
            end--;
        }
        if (end < 0 || !tokens[end].IsWord || !IsNameWord(text, tokens[end]))
        {
            return;
        }
        // Only an apposition right before the verb ("Skibitskyi, deputy chief of …, told") lets the name run back over a comma.
        var acrossCommas = apposition || (end + 1 < verb && !tokens[end + 1].IsWord && text[tokens[end + 1].Start] == ',');
        var start = NameStart(text, tokens, end, acrossCommas);
        // "the enclave's health ministry": a possessive takes its possessor along, whatever word that is, and its article.
        if (start >= 1 && !tokens[start].IsWord && text[tokens[start].Start] is '’' or '\'' && tokens[start - 1].IsWord)
        {
            start--;
            if (start >= 1 && Is(text, tokens[start - 1], "the"))
            {
                start--;
            }
        }
        // A registry name that ends where the words do reaches back further than the word lists ("the UN refugee agency").
        foreach (var mention in MentionsEndingAt(mentions, tokens[end].End))
        {
            while (start > 0 && tokens[start].Start > mention.Start)
            {
                start--;
            }
        }
        Add(text, tokens, start, end, AttributorCue.Verb, position, mentions, into);
    }

    // The first token of the name that ends at token end, reading back over name words (and over commas only across an apposition).
    private static int NameStart(string text, List<Token> tokens, int end, bool acrossCommas)
    {
        var start = end;
        var words = 0;
        while (start - 1 >= 0 && words < MaxWords)
        {
            var t = tokens[start - 1];
            if (t.IsWord)
            {
                if (!IsNameWord(text, t) && !char.IsDigit(text[t.Start]))
                {
                    break;
                }
                if (char.IsDigit(text[t.Start]))
                {
                    break;
                }
            }
            else
            {
                var c = text[t.Start];
                if (c == ',')
                {
                    // "Skibitskyi, deputy chief of …" is one name; "Belarus, the border service" is not.
                    if (!acrossCommas || start - 2 < 0 || !tokens[start - 2].IsWord || !char.IsUpper(text[tokens[start - 2].Start])
                        || Determiners.Contains(text.AsSpan(tokens[start].Start, tokens[start].Length)))
                    {
                        break;
                    }
                }
                else if (c is not ('’' or '\'' or '-' or '.' or '(' or ')' or '&'))
                {
                    break;
                }
            }
            start--;
            words++;
        }
        return start;
    }

    private static IEnumerable<SourceMention> MentionsEndingAt(IReadOnlyList<SourceMention> mentions, int end)
    {
        foreach (var mention in MentionsWithin(mentions, Math.Max(0, end - 120), end))
        {
            if (mention.End == end)
            {
                yield return mention;
            }
        }
    }

    private static readonly WordSet AsideLeads = WordLists.Set("asideLeads");

    // Given the comma that closes an aside (", for its part,", ", which has fought the RSF since 2023,"), the index of
    // the comma that opens it, or -1.
    private static int AsideStart(string text, List<Token> tokens, int closing)
    {
        for (var k = closing - 1; k > 0 && k >= closing - 16; k--)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
            {
                return k + 1 < closing && tokens[k + 1].IsWord && AsideLeads.Contains(text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length))
                    && k > 0 && tokens[k - 1].IsWord ? k : -1;
            }
        }
        return -1;
    }

    private static readonly WordSet BodyWords = WordLists.Set("bodyWords");

    // "the Health Ministry", "the General Staff": capitalised, yet a description of a body named by the context (a
    // country before it, a name earlier), not a name of its own.
    private static bool OnlyBodyWords(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (tokens[k].IsWord && !BodyWords.Contains(w) && !ClaimLexicon.AnaphorNouns.Contains(w))
            {
                return false;
            }
        }
        return true;
    }

    private static void AddSubject(string text, List<Token> tokens, int verb, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var start = 0;
        // Skip an opening phrase ("In Seoul, …").
        for (var k = 0; k < verb && k < 8; k++)
        {
            if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
            {
                if (ClaimLexicon.IntroWords.Contains(text.AsSpan(tokens[0].Start, tokens[0].Length)))
                {
                    start = k + 1;
                }
                break;
            }
        }
        var end = Forward(text, tokens, start, verb);
        if (end >= start)
        {
            Add(text, tokens, start, end, AttributorCue.Verb, position, mentions, into);
        }
    }

    private static void AddForward(string text, List<Token> tokens, int start, AttributorCue cue, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        if (start >= tokens.Count)
        {
            return;
        }
        var end = Math.Max(Forward(text, tokens, start, tokens.Count), RegistryNameAhead(text, tokens, start, mentions));
        if (CountrysBody.Opens(text, tokens, start))
        {
            // "citing the country's spy agency": lower-case words a name walk stops at.
            end = Math.Max(end, CountrysBody.End(text, tokens, start));
        }
        if (end >= start)
        {
            Add(text, tokens, start, end, cue, position, mentions, into);
        }
    }

    // "according to the conflict monitor Acled", "citing the London-based group Airwars": a registry name a few
    // describing words on, before any punctuation, is the source. Its last token index, or -1.
    private static int RegistryNameAhead(string text, List<Token> tokens, int start, IReadOnlyList<SourceMention> mentions)
    {
        var last = -1;
        for (var k = start; k < tokens.Count && k - start < 8; k++)
        {
            var t = tokens[k];
            if (!t.IsWord && text[t.Start] is not ('’' or '\'' or '-'))
            {
                break;
            }
            foreach (var mention in MentionsEndingAt(mentions, t.End))
            {
                if (mention.Start >= tokens[start].Start)
                {
                    last = k;
                }
            }
        }
        return last;
    }

    // Last token index of the name that starts at token start, or start - 1 when there is none.
    private static int Forward(string text, List<Token> tokens, int start, int limit)
    {
        var end = start - 1;
        for (var k = start; k < limit && k - start < MaxWords; k++)
        {
            var t = tokens[k];
            if (t.IsWord)
            {
                if (!IsNameWord(text, t) || char.IsDigit(text[t.Start]))
                {
                    break;
                }
                end = k;
            }
            else if (text[t.Start] is not ('’' or '\'' or '-' or '.' or '(' or ')' or '&'))
            {
                break;
            }
        }
        // A name does not end on "of", "the", "by".
        while (end >= start && tokens[end].IsWord && FunctionWords.Contains(text.AsSpan(tokens[end].Start, tokens[end].Length)))
        {
            end--;
        }
        return end;
    }

    private static void Add(string text, List<Token> tokens, int first, int last, AttributorCue cue, int position, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        // Drop an opening phrase ("In Seoul, South Korean intelligence sources").
        if (ClaimLexicon.IntroWords.Contains(text.AsSpan(tokens[first].Start, tokens[first].Length)))
        {
            for (var k = first; k < last; k++)
            {
                if (!tokens[k].IsWord && text[tokens[k].Start] == ',')
                {
                    first = k + 1;
                    break;
                }
            }
        }
        while (first <= last && !tokens[first].IsWord)
        {
            first++;
        }
        if (first > last)
        {
            return;
        }
        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (last + 1 < tokens.Count && text[tokens[last + 1].Start] == ')' && text.AsSpan(start, end - start).Contains('('))
        {
            end = tokens[last + 1].End;
        }
        var words = text.AsSpan(start, end - start);
        SourceDefinition? source = null;
        foreach (var mention in MentionsWithin(mentions, start, end))
        {
            source = mention.Source;
        }
        var head = text.AsSpan(tokens[last].Start, tokens[last].Length);
        var (content, capitalised, properNames, country) = NameWords(text, tokens, first, last);
        if (content == 0)
        {
            return;
        }
        var isPronoun = last == first && ClaimLexicon.Pronouns.Contains(head);
        if (source is null && !isPronoun && ClaimLexicon.VagueAttributors.Contains(head) && capitalised <= (char.IsUpper(words[0]) ? 1 : 0))
        {
            return;
        }
        // "he", "officials", "the ministry", "the agency": words that point back rather than name someone.
        var firstWord = text.AsSpan(tokens[first].Start, tokens[first].Length);
        var pointsBack = first == last || CountrysBody.Opens(text, tokens, first) || (last - first <= 4 && (capitalised <= 1 || OnlyBodyWords(text, tokens, first + 1, last))
            && (firstWord.Equals("the", StringComparison.OrdinalIgnoreCase) || firstWord.Equals("this", StringComparison.OrdinalIgnoreCase)));
        var anaphor = source is null && (isPronoun || (pointsBack && country is null && ClaimLexicon.AnaphorNouns.Contains(head)));
        into.Add(new Attributor(start, end, words.ToString(), source, cue, position) { IsAnaphor = anaphor, Country = country, IsGeneric = properNames == 0 });
    }

    // The name's words that carry content, are capitalised, are proper names (not a nationality, not a leading
    // determiner or intro word), and the country its first nationality names.
    private static (int Content, int Capitalised, int ProperNames, string? Country) NameWords(string text, List<Token> tokens, int first, int last)
    {
        var content = 0;
        var capitalised = 0;
        var properNames = 0;
        string? country = null;
        for (var k = first; k <= last; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                continue;
            }
            var w = text.AsSpan(t.Start, t.Length);
            if (!FunctionWords.Contains(w))
            {
                content++;
            }
            if (char.IsUpper(w[0]) && !(k == first && Determiners.Contains(w)))
            {
                capitalised++;
            }
            var nationality = Nationality.At(text, tokens, k);
            if (nationality is { } n)
            {
                country ??= n.Nationality.Country;
                k += n.Tokens - 1;
                continue;
            }
            if (char.IsUpper(w[0]) && !(k == first && (Determiners.Contains(w) || ClaimLexicon.IntroWords.Contains(w))))
            {
                properNames++;
            }
        }
        return (content, capitalised, properNames, country);
    }

    private static IEnumerable<SourceMention> MentionsWithin(IReadOnlyList<SourceMention> mentions, int start, int end)
    {
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var k = lo; k < mentions.Count && mentions[k].Start < end; k++)
        {
            if (mentions[k].End <= end)
            {
                yield return mentions[k];
            }
        }
    }

    private static bool IsNameWord(string text, Token t)
    {
        var w = text.AsSpan(t.Start, t.Length);
        return char.IsUpper(w[0]) || ClaimLexicon.AttributorWords.Contains(w) || ClaimLexicon.Pronouns.Contains(w);
    }

    private static bool EndsWithIng(string text, Token t) => text.AsSpan(t.Start, t.Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    // "Park cited NIS director Lim Seon-woo as saying that …": the one cited is the source, as after "citing"
    // (Golden case: cited_as_saying).
    private static bool IsCitedAsSaying(string text, List<Token> tokens, int i)
    {
        if (!Is(text, tokens[i], "cited"))
        {
            return false;
        }
        for (var k = i + 2; k + 1 < tokens.Count && k <= i + 9; k++)
        {
            if (Is(text, tokens[k], "as") && Is(text, tokens[k + 1], "saying"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Is(string text, Token t, string word) => t.IsWord && text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
