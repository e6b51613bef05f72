using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Decides whether a number in a sentence counts people and reads what the sentence says about them:
/// subject, metric, status, increment and qualifier. Works on the sentence's tokens only.
/// </summary>
internal sealed class PeopleCountReader(string text, List<Token> tokens, Sentence sentence, int sentenceIndex)
{
    private static readonly WordSet VerbStarts = new(
        "have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "may", "might", "remain", "remained", "remains",
        "died", "expected", "reportedly", "already", "still", "also", "now", "been", "killed", "wounded", "injured", "captured",
        "returned", "went", "stayed", "fled", "surrendered", "perished", "arrived", "followed", "more", "should", "must", "can", "being");
    private static readonly WordSet AfterBareCount = new(
        "and", "in", "on", "at", "during", "while", "since", "including", "across", "near", "over", "as", "after", "from", "when",
        "with", "by", "overnight", "last", "this", "yesterday", "today", "so", "to", "others", "more");
    private static readonly WordSet KillVerbs = new(
        "killing", "killed", "kill", "kills", "wounding", "wounded", "injuring", "injured", "capturing", "captured", "evacuating",
        "evacuated", "displacing", "displaced", "losing", "lost", "claimed", "left", "arrested", "arresting", "detained", "detaining",
        "forced", "forcing", "driven", "drove", "driving");
    private static readonly WordSet TollWords = new("toll", "tally", "count", "number", "figure", "losses", "casualties", "deaths");
    private static readonly WordSet PlaceNouns = new(
        "town", "city", "village", "country", "region", "nation", "community", "area", "district", "province", "population",
        "camp", "island", "enclave", "strip", "state", "capital", "municipality", "settlement", "neighbourhood", "neighborhood");
    private static readonly WordSet SourceDescriptions = new("familiar", "knowledge", "briefed", "who", "speaking", "close");
    private static readonly WordSet YearPrepositions = new(
        "in", "since", "by", "of", "until", "from", "before", "after", "during", "early", "late", "mid", "year", "fiscal", "the",
        "summer", "spring", "autumn", "winter", "fall", "through", "between", "to", "and", "©");
    private static readonly WordSet Months = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static readonly WordSet Ordinals = new(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "hundredth", "thousandth");
    private static readonly WordSet AgeWords = new("aged", "age", "ages");
    private static readonly WordSet Possessives = new("its", "their", "his", "her", "our");
    private static readonly WordSet SentBy = new("to", "in", "into", "toward", "towards", "near", "from", "against", "at", "on", "across", "for", "with", "by", "inside", "within", "over");
    private static readonly WordSet Experiencer = new("military", "army", "forces", "troops", "side", "losses", "casualties", "soldiers", "s", "armed");

    public ClaimDraft? Read(NumberMention number, (int Start, int End)[] numberTokens, int index, ClaimDraft? previousInSentence, Func<PeopleContext?> antecedent)
    {
        var (first, last) = numberTokens[index];
        if (first < 0 || IsNotAPeopleCount(number, first, last))
        {
            return null;
        }
        var prevBound = index > 0 ? numberTokens[index - 1].End : -1;
        var nextBound = index + 1 < numberTokens.Length ? numberTokens[index + 1].Start : tokens.Count;

        var draft = new ClaimDraft(number, sentenceIndex);
        var qualifierFirst = ReadQualifier(number, first, draft);

        // What follows the number: a people noun (perhaps after "North Korean", "more", "of its").
        var nationalities = new List<string>();
        var noun = -1;
        var sawPossessive = false;
        var sawThem = false;
        var more = false;
        var k = last + 1;
        for (var steps = 0; k < nextBound && steps < 8; steps++, k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                // "killed "dozens" of fighters": a figure in quotation marks still counts the people after it.
                if (text[t.Start] is '-' or '’' or '\'' or '"' or '“' or '”')
                {
                    continue;
                }
                break;
            }
            var w = Word(k);
            if (IsPeopleNoun(w))
            {
                noun = k;
                break;
            }
            if (Nationality.At(text, tokens, k) is { } n)
            {
                if (!nationalities.Contains(n.Nationality.Adjective))
                {
                    nationalities.Add(n.Nationality.Adjective);
                }
                k += n.Tokens - 1;
                continue;
            }
            if (ClaimLexicon.IncrementTrue.Contains(w) && !w.Equals("more", StringComparison.OrdinalIgnoreCase))
            {
                more = true;
            }
            if (w.Equals("more", StringComparison.OrdinalIgnoreCase))
            {
                more = true;
                if (k + 1 < tokens.Count && Is(k + 1, "than"))
                {
                    break;
                }
                continue;
            }
            if (Possessives.Contains(w))
            {
                sawPossessive = true;
            }
            if (w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase) || w.Equals("those", StringComparison.OrdinalIgnoreCase))
            {
                sawThem = true;
                k++;
                break;
            }
            if (ClaimLexicon.NounModifiers.Contains(w) || (char.IsUpper(w[0]) && !sentence.IsHeading && !IsVerbLike(w)))
            {
                continue;
            }
            // "3,000 junta soldiers", "500 paramilitary fighters": a word the lists do not know, right before a people noun.
            if (IsDescribingWord(k) && k + 1 < nextBound && tokens[k + 1].IsWord && IsPeopleNoun(Word(k + 1)))
            {
                continue;
            }
            break;
        }

        var afterCount = noun >= 0 ? noun + 1 : k;
        var tollOfCasualties = false;
        if (IsPopulation(qualifierFirst) || (noun >= 0 && (IsSourceDescription(noun + 1) || LiveThere(noun + 1))))
        {
            return null;
        }
        // "30 Palestinians, including 12 children, were killed": the aside shares the outer count's people and fate.
        // "killing 17 people, among them seven women": so is "among them" or "of whom".
        var inAside = previousInSentence is not null && qualifierFirst - 1 > prevBound
            && (Is(qualifierFirst - 1, "including") || Is(qualifierFirst - 1, "among")
                || ((Is(qualifierFirst - 1, "them") || Is(qualifierFirst - 1, "whom")) && qualifierFirst - 2 > prevBound && (Is(qualifierFirst - 2, "among") || Is(qualifierFirst - 2, "of"))));
        // "killed 40 people, including 10 children, and wounded more than 60": after an aside, a count goes on from the outer one.
        var like = inAside ? previousInSentence : previousInSentence?.AsideOf ?? previousInSentence;
        if (noun < 0)
        {
            if (sentence.IsHeading)
            {
                return null;
            }
            var bare = sawThem || (afterCount < tokens.Count && tokens[afterCount].IsWord && VerbStarts.Contains(Word(afterCount)))
                // "said it would deploy 2,000 more": more of the people already named.
                || (more && qualifierFirst - 1 > prevBound && tokens[qualifierFirst - 1].IsWord && ClaimLexicon.Deployed.Contains(Word(qualifierFirst - 1)));
            var toll = PrecedingToll(qualifierFirst, prevBound);
            tollOfCasualties = toll == Toll.Casualties;
            var preceded = (toll == Toll.Casualties || toll == Toll.Figure && previousInSentence is not null)
                && (last + 1 >= tokens.Count || !tokens[last + 1].IsWord || AfterBareCount.Contains(Word(last + 1)));
            if (!bare && !preceded)
            {
                return null;
            }
            var source = like is not null
                ? new PeopleContext(like.Nationalities, like.Noun, like.Military, like.Metric, sentence.Paragraph, sentenceIndex)
                : antecedent();
            if (source is null)
            {
                // "More than 100 were killed": a casualty verb makes a bare number a count of people.
                if (!preceded && !(bare && CasualtyVerbFollows(afterCount, nextBound)))
                {
                    return null;
                }
                draft.Noun = "people";
            }
            else
            {
                draft.Nationalities = source.Nationalities;
                draft.Noun = source.Noun;
                draft.Military = source.Military;
                draft.Metric = source.Metric;
            }
        }
        else if (Is(noun, "others") && like is not null)
        {
            // "killed 12 people and wounded 30 others".
            draft.Nationalities = like.Nationalities;
            draft.Noun = like.Noun;
            draft.Military = like.Military;
        }
        else if (noun == last + 1 && like is not null && ClaimLexicon.MetricNouns.Contains(Word(noun)) && !ClaimLexicon.Captured.Contains(Word(noun)))
        {
            // "38,500 Palestinians killed and 88,000 wounded": the second count is of the same people.
            draft.Nationalities = like.Nationalities;
            draft.Noun = like.Noun;
            draft.Military = like.Military;
        }
        else
        {
            SetNoun(draft, noun);
            if (nationalities.Count > 0)
            {
                draft.Nationalities = nationalities;
            }
            else if (NationalityAfter(noun + 1, nextBound) is { } owner)
            {
                draft.Nationalities = [owner];
            }
        }
        if (inAside)
        {
            draft.AsideOf = previousInSentence!.AsideOf ?? previousInSentence;
            if (draft.Nationalities.Count == 0)
            {
                draft.Nationalities = previousInSentence.Nationalities;
            }
        }

        var left = LeftBound(qualifierFirst, prevBound, wide: false);
        var right = RightBound(afterCount, nextBound);
        var (metric, activeVerb) = ReadMetric(noun, afterCount, right, left, qualifierFirst);
        if ((metric is null or Metric.Deployed) && HasAny(ClaimLexicon.Released, left, right))
        {
            // "freed 390 people", "270 soldiers and 120 civilians returning": a swap counts the released, not a deployment.
            // "95 prisoners of war exchanged" still counts prisoners.
            metric = Metric.Other;
        }
        if (metric is null && tollOfCasualties)
        {
            // "put the toll at more than 60": a toll with no other cue counts the dead, whatever the people before.
            metric = Metric.Killed;
        }
        if (metric is not null)
        {
            draft.Metric = metric;
        }
        else if (inAside || SharesVerbWithPrevious(previousInSentence, prevBound, qualifierFirst))
        {
            draft.Metric = previousInSentence!.Metric;
        }
        if (draft.Metric is null)
        {
            draft.Metric = draft.Military ? Metric.Deployed : Metric.Other;
            draft.MetricGuessed = true;
        }
        else if (previousInSentence is { MetricGuessed: true } previous && SharesVerbWithPrevious(previous, prevBound, qualifierFirst))
        {
            // "30 militants and two soldiers were killed": the verb after the second count is the first one's too.
            previous.Metric = draft.Metric;
            previous.MetricGuessed = false;
        }
        if (noun < 0 && draft.Noun == "people" && draft.Nationalities.Count == 0 && draft.Metric == Metric.KilledOrWounded && !SentenceMentionsCivilians())
        {
            // "Russian losses stand at 720,000": war losses are soldiers.
            draft.Noun = "troops";
            draft.Military = true;
        }

        if (draft.Nationalities.Count == 0 && !inAside)
        {
            var found = activeVerb ? null : NationalityToLeft(qualifierFirst, sawPossessive, draft.Metric.Value);
            if (found is null && draft.Military && draft.Metric == Metric.Deployed)
            {
                found = SenderNationality(qualifierFirst, left);
            }
            if (found is not null)
            {
                draft.Nationalities = [found];
            }
        }

        draft.Status = ReadStatus(qualifierFirst, afterCount, right, prevBound, left);
        if (draft.Status == ClaimStatus.Reported && previousInSentence is { } coordinated && SharesVerbWithPrevious(coordinated, prevBound, qualifierFirst))
        {
            // "will send 1,000 sappers and 5,000 workers": the second count shares the first one's plan.
            draft.Status = coordinated.Status;
        }
        more |= number.MentionEnd > number.End && text.AsSpan(number.End, number.MentionEnd - number.End).Contains("more", StringComparison.OrdinalIgnoreCase);
        draft.Increment = more || HasAny(ClaimLexicon.IncrementTrue, left, first)
            ? true
            : HasAny(ClaimLexicon.IncrementFalse, left, qualifierFirst) || HasAny(ClaimLexicon.IncrementFalse, afterCount, right) || HasInTotal(afterCount, right)
                ? false
                : null;
        return draft;
    }

    private bool IsNotAPeopleCount(NumberMention number, int first, int last)
    {
        if (number.IsPercent || number.IsMoney || number.IsYearLike || number.IsDate || number.IsOrdinal || number.IsFraction
            || number.IsModelName || number.IsDuration || number.IsAge)
        {
            return true;
        }
        if (number.Kind != NumberKind.Vague && (number.Value ?? number.High ?? 0) < 2)
        {
            return true;
        }
        var start = number.Start;
        var end = number.End;
        // Part of a larger word: "1" of "1.5", "75" of "Type75".
        if (tokens[first].Start < start || tokens[last].End > end && tokens[last].Start < end && end < tokens[last].End)
        {
            return true;
        }
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        if (before is '$' or '€' or '£' or '¥' or '#' || after is '%' || char.IsLetterOrDigit(after) || char.IsLetterOrDigit(before))
        {
            return true;
        }
        // "Type-75", "Su-34", "17-year-old", "3-day".
        if (before == '-' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
        {
            return true;
        }
        if (after == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
        {
            return true;
        }
        var mentionText = number.Text;
        if (Ordinals.Contains(mentionText.Trim()) || mentionText.EndsWith("th", StringComparison.OrdinalIgnoreCase) && number.IsWords)
        {
            return true;
        }
        var prev = first - 1;
        if (prev >= 0 && tokens[prev].IsWord)
        {
            var p = Word(prev);
            if (p.Equals("US", StringComparison.Ordinal) || p.Equals("USD", StringComparison.OrdinalIgnoreCase) || AgeWords.Contains(p) || p.Equals("No", StringComparison.Ordinal))
            {
                return true;
            }
            if (Months.Contains(p) && char.IsUpper(p[0]) && (number.Value ?? 0) <= 31)
            {
                return true;
            }
        }
        var next = last + 1;
        if (next < tokens.Count && tokens[next].IsWord)
        {
            var n = Word(next);
            if (ClaimLexicon.NotPeople.Contains(n) || Months.Contains(n) && char.IsUpper(n[0]) && (number.Value ?? 0) <= 31)
            {
                return true;
            }
            if (n.Equals("per", StringComparison.OrdinalIgnoreCase) || n.Equals("percent", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        // A four-digit year ("in 2023", "June 2024", "1999-2025").
        var digits = text.AsSpan(start, end - start);
        if (digits.Length == 4 && number.Value is >= 1900 and <= 2100 && !digits.Contains(','))
        {
            if (prev < 0 || !tokens[prev].IsWord || YearPrepositions.Contains(Word(prev)) || Months.Contains(Word(prev)))
            {
                return true;
            }
        }
        return false;
    }

    // Hedges read when the recognizer gave no qualifier, longest first.
    private static readonly (string[] Words, Qualifier Qualifier)[] Hedges =
    [
        (["no", "fewer", "than"], Qualifier.AtLeast), (["no", "less", "than"], Qualifier.AtLeast), (["no", "more", "than"], Qualifier.UpTo),
        (["as", "many", "as"], Qualifier.UpTo), (["as", "much", "as"], Qualifier.UpTo), (["as", "high", "as"], Qualifier.UpTo), (["more", "than"], Qualifier.MoreThan),
        (["at", "least"], Qualifier.AtLeast), (["up", "to"], Qualifier.UpTo), (["fewer", "than"], Qualifier.LessThan),
        (["less", "than"], Qualifier.LessThan), (["an", "estimated"], Qualifier.Approximately), (["close", "to"], Qualifier.Approximately),
        (["upwards", "of"], Qualifier.MoreThan), (["in", "excess", "of"], Qualifier.MoreThan), (["just", "over"], Qualifier.MoreThan),
        (["just", "under"], Qualifier.LessThan), (["about"], Qualifier.Approximately), (["around"], Qualifier.Approximately),
        (["approximately"], Qualifier.Approximately), (["roughly"], Qualifier.Approximately), (["some"], Qualifier.Approximately),
        (["nearly"], Qualifier.Approximately), (["almost"], Qualifier.Approximately), (["estimated"], Qualifier.Approximately),
        (["approx"], Qualifier.Approximately), (["over"], Qualifier.MoreThan), (["under"], Qualifier.LessThan),
        (["maximum"], Qualifier.UpTo), (["minimum"], Qualifier.AtLeast),
    ];

    private int ReadQualifier(NumberMention number, int first, ClaimDraft draft)
    {
        if (number.QualifierStart >= 0)
        {
            draft.MentionStart = number.QualifierStart;
            var q = first;
            while (q > 0 && tokens[q - 1].Start >= number.QualifierStart)
            {
                q--;
            }
            return q;
        }
        if (number.Kind == NumberKind.Vague)
        {
            draft.Qualifier = Qualifier.Vague;
            return first;
        }
        if (number.Kind == NumberKind.Range)
        {
            draft.Qualifier = Qualifier.Range;
        }
        foreach (var (words, qualifier) in Hedges)
        {
            var s = first - words.Length;
            if (s < 0)
            {
                continue;
            }
            var match = true;
            for (var w = 0; w < words.Length && match; w++)
            {
                match = Is(s + w, words[w]);
            }
            if (match)
            {
                if (number.Kind != NumberKind.Range)
                {
                    draft.Qualifier = qualifier;
                }
                draft.MentionStart = tokens[s].Start;
                return s;
            }
        }
        return first;
    }

    // "a city of 20,000 people", "home to 1.3 million people": a population, not a claim.
    private bool IsPopulation(int qualifierFirst)
    {
        var p = qualifierFirst - 1;
        if (p < 1 || !tokens[p].IsWord)
        {
            return false;
        }
        return (Is(p, "of") && tokens[p - 1].IsWord && PlaceNouns.Contains(Word(p - 1))) || (Is(p, "to") && Is(p - 1, "home"));
    }

    // "an area where some three million people live": a population, not a claim.
    private bool LiveThere(int next) => Is(next, "live") || Is(next, "lived") || Is(next, "living") || Is(next, "reside");

    // "two people familiar with the matter said": the count describes the source.
    private bool IsSourceDescription(int next) =>
        next < tokens.Count && tokens[next].IsWord && SourceDescriptions.Contains(Word(next))
        && (Is(next, "familiar") || Is(next, "knowledge") || Is(next, "briefed") || Is(next, "close")
            || (next + 1 < tokens.Count && (Is(next + 1, "spoke") || Is(next + 1, "asked") || Is(next + 1, "declined") || Is(next + 1, "requested") || Is(next + 1, "condition"))));

    private bool CasualtyVerbFollows(int from, int nextBound)
    {
        for (var i = from; i < nextBound && i < from + 5; i++)
        {
            if (tokens[i].IsWord && IsCasualtyWord(Word(i)))
            {
                return true;
            }
            if (!tokens[i].IsWord)
            {
                return false;
            }
        }
        return false;
    }

    private enum Toll
    {
        None,
        Casualties,
        Figure,
    }

    // "killing 25", "the death toll rose to 1,200" (casualties); "put the figure at 12,000" (a count of whatever came before).
    private Toll PrecedingToll(int qualifierFirst, int prevBound)
    {
        var p = qualifierFirst - 1;
        if (p <= prevBound || p < 0 || !tokens[p].IsWord)
        {
            return Toll.None;
        }
        if (KillVerbs.Contains(Word(p)))
        {
            return Toll.Casualties;
        }
        // "put the death toll as high as 150,000": the toll word may stand right before the qualifier.
        var tollFirst = TollWords.Contains(Word(p));
        if (!(tollFirst || Is(p, "to") || Is(p, "at") || Is(p, "of")))
        {
            return Toll.None;
        }
        // "The death toll from Sunday's Israeli strike in Gaza City rose to 33": the toll may stand a dozen words back.
        for (var b = tollFirst ? p : p - 1; b > prevBound && b >= p - 16; b--)
        {
            if (!tokens[b].IsWord || !TollWords.Contains(Word(b)))
            {
                continue;
            }
            // A bare "toll" in conflict reporting is a death toll ("another put the toll at more than 100").
            if (ClaimLexicon.KilledOrWounded.Contains(Word(b)) || ClaimLexicon.Killed.Contains(Word(b)) || Is(b, "toll"))
            {
                return Toll.Casualties;
            }
            for (var c = Math.Max(prevBound + 1, b - 2); c < p; c++)
            {
                if (c != b && tokens[c].IsWord && (ClaimLexicon.Killed.Contains(Word(c)) || ClaimLexicon.KilledOrWounded.Contains(Word(c)) || ClaimLexicon.MetricNouns.Contains(Word(c))))
                {
                    return Toll.Casualties;
                }
            }
            return Toll.Figure;
        }
        return Toll.None;
    }

    private void SetNoun(ClaimDraft draft, int noun)
    {
        var w = Word(noun);
        draft.NounWord = w.ToString();
        if (ClaimLexicon.MilitaryNouns.Contains(w) || (w.Equals("members", StringComparison.OrdinalIgnoreCase) && Is(noun - 1, "service")))
        {
            draft.Noun = "troops";
            draft.Military = true;
        }
        else if (ClaimLexicon.IrregularNouns.Contains(w))
        {
            draft.Noun = "fighters";
            draft.Military = true;
        }
        else if (ClaimLexicon.CivilianNouns.Contains(w))
        {
            if (Nationality.At(text, tokens, noun) is { } n)
            {
                // "50 Palestinians": the noun is the people itself.
                draft.Nationalities = [n.Nationality.Adjective];
                draft.Noun = "people";
            }
            else
            {
                draft.Noun = w.ToString().ToLowerInvariant();
            }
        }
        else if (ClaimLexicon.Captured.Contains(w))
        {
            // "101 hostages", "95 prisoners": the count names the people by their fate.
            draft.Noun = w.Equals("pows", StringComparison.OrdinalIgnoreCase) ? "prisoners" : w.ToString().ToLowerInvariant();
        }
        else
        {
            // A metric word stands for the people ("50 killed", "600,000 casualties"): whose, the sentence tells.
            // War casualties and losses are soldiers unless the sentence speaks of civilians.
            var losses = ClaimLexicon.KilledOrWounded.Contains(w);
            draft.Military = SentenceMentionsMilitary() || losses && !SentenceMentionsCivilians();
            draft.Noun = draft.Military ? "troops" : "people";
        }
    }

    private bool SentenceMentionsMilitary()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                var w = Word(i);
                if (ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w) || w.Equals("military", StringComparison.OrdinalIgnoreCase) || w.Equals("army", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool SentenceMentionsCivilians()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // Lower case only: "General Staff" is not staff.
            if (tokens[i].IsWord && char.IsLower(text[tokens[i].Start]) && ClaimLexicon.CivilianNouns.Contains(Word(i)))
            {
                return true;
            }
        }
        return false;
    }

    // The metric, and whether it came from an active verb before the number ("killed 25 people"), in which case
    // a nationality before the verb names the killers, not the killed.
    private (Metric? Metric, bool ActiveVerb) ReadMetric(int noun, int afterCount, int right, int left, int qualifierFirst)
    {
        if (qualifierFirst - 1 >= left && qualifierFirst - 1 >= 0 && tokens[qualifierFirst - 1].IsWord && KillVerbs.Contains(Word(qualifierFirst - 1))
            && !ClaimLexicon.KilledOrWounded.Contains(Word(qualifierFirst - 1)) && MetricOf(qualifierFirst - 1, qualifierFirst) is { } verbMetric)
        {
            return (verbMetric, true);
        }
        var found = ReadMetricWindows(noun, afterCount, right, left, qualifierFirst);
        return (found, false);
    }

    private Metric? ReadMetricWindows(int noun, int afterCount, int right, int left, int qualifierFirst)
    {
        if (noun >= 0)
        {
            var fromNoun = MetricOf(noun, right);
            if (fromNoun is not null && !ClaimLexicon.Deployed.Contains(Word(noun)))
            {
                if (fromNoun is Metric.Killed or Metric.Wounded && afterCount < right && MetricOfCombined(afterCount, right) is { } combined)
                {
                    return combined;
                }
                return fromNoun;
            }
        }
        if (MetricOfCombined(afterCount, right) is { } both)
        {
            return both;
        }
        if (VerbGroupMetric(afterCount, right) is { } verb)
        {
            return verb;
        }
        var (resume, rightEnd) = SkipAside(right);
        Metric? weak = null;
        for (var i = afterCount; i < rightEnd; i++)
        {
            if (i == right)
            {
                i = resume;
            }
            if (MetricOf(i, rightEnd) is { } m)
            {
                if (m is not (Metric.Engaged or Metric.Deployed))
                {
                    return m;
                }
                weak ??= m;
            }
        }
        if (weak is not null)
        {
            // "sent 12,000 troops to fight alongside", "recruited 90,000 volunteers to help fight": the verb before the count says what happened.
            return weak == Metric.Engaged && qualifierFirst - 1 >= left && MetricOf(qualifierFirst - 1, qualifierFirst) == Metric.Deployed
                ? Metric.Deployed
                : weak;
        }
        for (var i = qualifierFirst - 1; i >= left; i--)
        {
            if (MetricOf(i, qualifierFirst) is { } m)
            {
                return m;
            }
        }
        return null;
    }

    // "2,000 more had been sent to replace the losses": the verb group right after the count says what happened to
    // them, whatever nouns come later in the clause.
    private Metric? VerbGroupMetric(int afterCount, int right)
    {
        var j = afterCount;
        while (j < right && tokens[j].IsWord && Auxiliaries.Contains(Word(j)))
        {
            j++;
        }
        return j > afterCount && j < right ? MetricOf(j, right) : null;
    }

    private static readonly WordSet Auxiliaries = new("have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "already", "reportedly", "also");

    // "30 Palestinians, including 12 children, were killed": read on past the aside to the verb.
    private (int Resume, int End) SkipAside(int right)
    {
        if (right + 1 >= tokens.Count || tokens[right].IsWord || text[tokens[right].Start] != ',' || !(Is(right + 1, "including") || Is(right + 1, "among") || Is(right + 1, "mostly") || Is(right + 1, "many")))
        {
            return (right, right);
        }
        var close = right + 2;
        while (close < tokens.Count && !(!tokens[close].IsWord && text[tokens[close].Start] is ',' or ';' or '.'))
        {
            close++;
        }
        if (close >= tokens.Count || text[tokens[close].Start] != ',')
        {
            return (right, right);
        }
        return (close + 1, RightBound(close + 1, tokens.Count));
    }

    private Metric? MetricOfCombined(int from, int to)
    {
        var killed = -1;
        var wounded = -1;
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            var w = Word(i);
            if (killed < 0 && ClaimLexicon.Killed.Contains(w))
            {
                killed = i;
            }
            else if (wounded < 0 && ClaimLexicon.Wounded.Contains(w))
            {
                wounded = i;
            }
        }
        return killed >= 0 && wounded >= 0 && Math.Abs(killed - wounded) <= 3 ? Metric.KilledOrWounded : null;
    }

    private Metric? MetricOf(int i, int limit)
    {
        if (!tokens[i].IsWord)
        {
            return null;
        }
        var w = Word(i);
        if (ClaimLexicon.Returned.Contains(w))
        {
            for (var j = i + 1; j < Math.Min(limit, i + 5); j++)
            {
                if (tokens[j].IsWord && ClaimLexicon.ReturnPlaces.Contains(Word(j)))
                {
                    return Metric.ReturnedToDuty;
                }
            }
            return null;
        }
        if (ClaimLexicon.Killed.Contains(w))
        {
            return Metric.Killed;
        }
        if (ClaimLexicon.Wounded.Contains(w))
        {
            return Metric.Wounded;
        }
        if (ClaimLexicon.KilledOrWounded.Contains(w))
        {
            // "lost their lives" is a death, not a loss.
            return i + 1 < tokens.Count && (Is(i + 1, "their") || Is(i + 1, "lives") || Is(i + 1, "his")) && w.StartsWith("los", StringComparison.OrdinalIgnoreCase)
                ? Metric.Killed
                : Metric.KilledOrWounded;
        }
        if (ClaimLexicon.Captured.Contains(w) || (Is(i, "taken") && i + 1 < limit && (Is(i + 1, "prisoner") || Is(i + 1, "captive"))))
        {
            return Metric.Captured;
        }
        if (ClaimLexicon.Missing.Contains(w))
        {
            return Metric.Missing;
        }
        if (ClaimLexicon.Displaced.Contains(w) || (ClaimLexicon.ForcedOut.Contains(w) && HomesFollow(i)))
        {
            return Metric.Displaced;
        }
        if (ClaimLexicon.Detained.Contains(w))
        {
            return Metric.Detained;
        }
        if (ClaimLexicon.Evacuated.Contains(w))
        {
            return Metric.Evacuated;
        }
        if (ClaimLexicon.Engaged.Contains(w))
        {
            return Metric.Engaged;
        }
        if (ClaimLexicon.Deployed.Contains(w))
        {
            return Metric.Deployed;
        }
        return null;
    }

    // "forced more than 2 million people from their homes": a home word within a few words of the verb.
    private bool HomesFollow(int verb)
    {
        for (var j = verb + 1; j < tokens.Count && j <= verb + 9; j++)
        {
            if (tokens[j].IsWord && ClaimLexicon.Homes.Contains(Word(j)) && (Is(j - 1, "their") || Is(j - 1, "from") || Is(j - 1, "the")))
            {
                return true;
            }
        }
        return false;
    }

    private ClaimStatus ReadStatus(int qualifierFirst, int afterCount, int right, int prevBound, int left)
    {
        var wide = LeftBound(qualifierFirst, prevBound, wide: true);
        if (DeniedBefore(wide, qualifierFirst) || HasAny(ClaimLexicon.Denial, afterCount, right) || HasNegation(afterCount, right))
        {
            return ClaimStatus.Denied;
        }
        if (HasAny(ClaimLexicon.Planned, left, qualifierFirst) || HasAny(ClaimLexicon.Planned, afterCount, right)
            || HasStatedDecision(left, qualifierFirst) || HasStatedDecision(afterCount, right))
        {
            return ClaimStatus.Planned;
        }
        if (HasExpectation(left, qualifierFirst) || HasExpectation(afterCount, right))
        {
            return ClaimStatus.Expected;
        }
        return ClaimStatus.Reported;
    }

    // The actor's own decision is a plan: "will send", "would deploy", "will be called up", "are to be exchanged".
    // A forecast ("will arrive", "will consist of", "could be sent") is left to HasExpectation.
    private bool HasStatedDecision(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsWord || !ClaimLexicon.PlanModals.Contains(Word(i))
                || (Is(i, "to") && !(Is(i - 1, "is") || Is(i - 1, "are") || Is(i - 1, "was") || Is(i - 1, "were"))))
            {
                continue;
            }
            var j = i + 1;
            for (var bridged = 0; j < tokens.Count && bridged < 3 && (!tokens[j].IsWord || ClaimLexicon.PlanBridges.Contains(Word(j)) || (j >= from && j < to && IsNumberToken(j))); bridged++)
            {
                j++;
            }
            if (j < tokens.Count && tokens[j].IsWord && ClaimLexicon.PlannedActions.Contains(Word(j)))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsNumberToken(int i) => text[tokens[i].Start] is >= '0' and <= '9';

    // "Moscow denied that 2,000 troops were sent" — but not "denied losing fighters and claimed it captured 70".
    private bool DeniedBefore(int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            var w = Word(i);
            if (ClaimLexicon.Denial.Contains(w))
            {
                return true;
            }
            // A second speaker in between ends the denial; "denied reports that" is still the denial.
            if (ClaimLexicon.ReportingVerbs.Contains(w) && !(i > from && tokens[i - 1].IsWord && (ClaimLexicon.Denial.Contains(Word(i - 1)) || Is(i - 1, "the") || Is(i - 1, "media"))))
            {
                return false;
            }
        }
        return false;
    }

    // "10,000 troops were not deployed" / "did not send".
    private bool HasNegation(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsWord && (Is(i, "not") || Is(i, "never")) && i + 1 < to && tokens[i + 1].IsWord)
            {
                var next = Word(i + 1);
                if (ClaimLexicon.Deployed.Contains(next) || ClaimLexicon.Killed.Contains(next) || (Is(i + 1, "been") && i + 2 < to && tokens[i + 2].IsWord && (ClaimLexicon.Deployed.Contains(Word(i + 2)) || ClaimLexicon.Killed.Contains(Word(i + 2)))))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool HasExpectation(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsWord || !ClaimLexicon.Expected.Contains(Word(i)) || (i > 0 && Word(i).SequenceEqual("May")))
            {
                continue;
            }
            // "may have been killed" hedges a past event; it does not look ahead.
            var j = i + 1;
            while (j < tokens.Count && (!tokens[j].IsWord || Is(j, "soon") || Is(j, "also") || Is(j, "already")))
            {
                j++;
            }
            if (j < tokens.Count && Is(j, "have") && j + 1 < tokens.Count && tokens[j + 1].IsWord
                && (Is(j + 1, "been") || Word(j + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Word(j + 1).EndsWith("en", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            return true;
        }
        return false;
    }

    private string? NationalityToLeft(int qualifierFirst, bool possessive, Metric metric)
    {
        var casualty = metric is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Captured or Metric.Missing;
        for (var i = qualifierFirst - 1; i >= 0; i--)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }
            // "The United States pledged $200 million, while the WFP warned that 25 million people…": a contrast starts a new clause.
            if (Is(i, "while") || Is(i, "whereas") || Is(i, "but") || Is(i, "although"))
            {
                return null;
            }
            // Find the nationality phrase that ends at token i.
            for (var s = Math.Max(0, i - 2); s <= i; s++)
            {
                if (Nationality.At(text, tokens, s) is not { } n || s + n.Tokens - 1 != i)
                {
                    continue;
                }
                var before = s - 1;
                while (before >= 0 && !tokens[before].IsWord)
                {
                    before--;
                }
                // "Russia's military, which has faced 600,000 casualties": the people are the army named.
                var after = i + 1;
                while (after < tokens.Count && (!tokens[after].IsWord || Is(after, "s")))
                {
                    after++;
                }
                // "the overall Palestinian death toll … to 44,211": the toll is of that people.
                var namesArmy = after < tokens.Count && after - i <= 3 && !Is(after, "s")
                    && (Experiencer.Contains(Word(after)) || TollWords.Contains(Word(after)) || (Is(after, "death") && Is(after + 1, "toll")));
                if (!namesArmy && before >= 0 && SentBy.Contains(Word(before)))
                {
                    break;
                }
                if (casualty && !possessive && !namesArmy && !ExperiencerVerbBetween(i + 1, qualifierFirst))
                {
                    break;
                }
                if (IsInsideAttributor(tokens[s].Start))
                {
                    break;
                }
                return n.Nationality.Adjective;
            }
        }
        return null;
    }

    private static readonly WordSet SendVerbs = new(
        "send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying", "dispatch", "dispatches", "dispatched",
        "dispatching", "station", "stations", "stationed", "stationing", "commit", "commits", "committed", "committing");

    private static readonly WordSet SenderAuxiliaries = new(
        "will", "would", "could", "can", "may", "might", "shall", "has", "have", "had", "is", "are", "was", "were", "be", "been",
        "to", "plans", "planned", "planning", "plan", "intends", "intended", "agreed", "decided", "expects", "expected", "also",
        "already", "now", "soon", "recently", "since", "not", "said", "says", "it", "about", "set", "ready", "prepared",
        "preparing", "prepares", "prepare", "more", "than");

    /// <summary>
    /// "The Pentagon will send 3,000 troops": deployed troops with no nationality in their own words belong to the
    /// government or military that sends them, when the registry knows its country.
    /// </summary>
    /// <summary>
    /// "captured 1,200 government soldiers and more than 300 foreign mercenaries": a second count joined to the first
    /// by "and", with only the first one's people in between, is the object of the same verb.
    /// </summary>
    private bool SharesVerbWithPrevious(ClaimDraft? previous, int prevBound, int qualifierFirst)
    {
        // Only the count right before this one, and only if it was read as a claim.
        if (previous is null || prevBound < 0 || qualifierFirst - 1 <= prevBound || !Is(qualifierFirst - 1, "and")
            || previous.Number.Start >= tokens[prevBound].End || previous.Number.End <= tokens[prevBound].Start)
        {
            return false;
        }
        for (var i = prevBound + 1; i < qualifierFirst - 1; i++)
        {
            if (tokens[i].IsWord && !IsPeopleNoun(Word(i)) && !ClaimLexicon.NounModifiers.Contains(Word(i)) && !char.IsUpper(text[tokens[i].Start]))
            {
                return false;
            }
            if (!tokens[i].IsWord && text[tokens[i].Start] is not ('-' or '’' or '\''))
            {
                return false;
            }
        }
        return true;
    }

    // "150 soldiers of the Sudanese army", "3,000 troops from Rwanda": the people belong to the force or country named after them.
    private string? NationalityAfter(int from, int nextBound)
    {
        if (!(Is(from, "of") || Is(from, "from")))
        {
            return null;
        }
        var at = Is(from + 1, "the") ? from + 2 : from + 1;
        if (at >= nextBound || Nationality.At(text, tokens, at) is not { } n)
        {
            return null;
        }
        // "of the Russian army" names a force; "of Ukrainian cities" does not name the people.
        var next = at + n.Tokens;
        var force = next < nextBound && tokens[next].IsWord && (Experiencer.Contains(Word(next)) || Is(next, "navy") || Is(next, "police"));
        // "troops from Rwanda" names a country; "troops from Russian units" an adjective of something else.
        var country = !text.AsSpan(tokens[at].Start, tokens[next - 1].End - tokens[at].Start).Equals(n.Nationality.Adjective, StringComparison.OrdinalIgnoreCase);
        return force || (country && Is(from, "from")) ? n.Nationality.Adjective : null;
    }

    private string? SenderNationality(int qualifierFirst, int left)
    {
        var verb = qualifierFirst - 1;
        while (verb > left && (!tokens[verb].IsWord || SenderAuxiliaries.Contains(Word(verb)) || Is(verb, "an") || Is(verb, "another") || Is(verb, "additional")))
        {
            verb--;
        }
        if (verb <= left || !tokens[verb].IsWord || !SendVerbs.Contains(Word(verb)))
        {
            return null;
        }
        // The sender stands right before the verb and its auxiliaries: "the Pentagon has already sent", "Moscow plans to send".
        var before = verb - 1;
        while (before > left && (!tokens[before].IsWord || SenderAuxiliaries.Contains(Word(before))))
        {
            before--;
        }
        if (before < 0 || !tokens[before].IsWord)
        {
            return null;
        }
        foreach (var mention in Mentions)
        {
            if (mention.End == tokens[before].End && mention.Start >= sentence.Start
                && mention.Source is { Kind: SourceKind.Government or SourceKind.Military or SourceKind.Official } source)
            {
                return Nationality.OfCountry(source.Country)?.Adjective;
            }
        }
        return null;
    }

    private static readonly WordSet ExperiencerVerbs = new("suffered", "suffering", "suffers", "faced", "faces", "facing", "lost", "losing", "loses", "sustained", "sustaining", "incurred");

    private bool ExperiencerVerbBetween(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (tokens[j].IsWord && ExperiencerVerbs.Contains(Word(j)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Start offsets of the sentence's attributors ("Ukrainian intelligence reports that …"), set by the caller.</summary>
    public List<Attributor> Attributors { get; init; } = [];

    /// <summary>Registry sources named anywhere in the text, in order.</summary>
    public IReadOnlyList<SourceMention> Mentions { get; init; } = [];

    private bool IsInsideAttributor(int offset)
    {
        foreach (var a in Attributors)
        {
            if (offset >= a.Start && offset < a.End)
            {
                return true;
            }
        }
        return false;
    }

    private int LeftBound(int from, int prevBound, bool wide)
    {
        var i = from - 1;
        var steps = 0;
        for (; i > prevBound && steps < 16; i--, steps++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                var c = text[t.Start];
                if (c is ';' or ':')
                {
                    break;
                }
                if (c == ',' && i + 1 < from && tokens[i + 1].IsWord && (Is(i + 1, "with") || Is(i + 1, "and") || Is(i + 1, "while") || Is(i + 1, "but")))
                {
                    break;
                }
                continue;
            }
            if (wide ? Is(i, "but") || Is(i, "while") || Is(i, "although") || Is(i, "whereas") : ClaimLexicon.ClauseBreaks.Contains(Word(i)))
            {
                break;
            }
        }
        return i + 1;
    }

    private int RightBound(int from, int nextBound)
    {
        var i = from;
        for (var steps = 0; i < nextBound && steps < 12; i++, steps++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if (text[t.Start] is ',' or ';' or ':' or '(' or '“' or '”' or '"' or '.' or '—' or '–')
                {
                    break;
                }
                continue;
            }
            if (ClaimLexicon.ClauseBreaks.Contains(Word(i)) && !Is(i, "as"))
            {
                break;
            }
            // "had 600,000 troops … and planned to raise": a second verb phrase; "killed or wounded" is one.
            if ((Is(i, "and") || Is(i, "or")) && i + 1 < nextBound && tokens[i + 1].IsWord && !IsCasualtyWord(Word(i + 1)) && !CoordinatedPeople(i, nextBound))
            {
                break;
            }
        }
        return i;
    }

    // "50 soldiers and volunteer fighters died": a second people noun joined to the first shares its verb.
    private bool CoordinatedPeople(int conjunction, int nextBound)
    {
        for (var j = conjunction + 1; j < nextBound && j <= conjunction + 3; j++)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }
            var w = Word(j);
            if (ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w) || ClaimLexicon.CivilianNouns.Contains(w))
            {
                return true;
            }
            if (!ClaimLexicon.NounModifiers.Contains(w) && !IsDescribingWord(j))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsCasualtyWord(ReadOnlySpan<char> w) =>
        ClaimLexicon.Killed.Contains(w) || ClaimLexicon.Wounded.Contains(w) || ClaimLexicon.Missing.Contains(w) || ClaimLexicon.Captured.Contains(w)
        || ClaimLexicon.Detained.Contains(w);

    private bool HasAny(WordSet set, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && set.Contains(Word(i)))
            {
                return true;
            }
        }
        return false;
    }

    private bool HasInTotal(int from, int to)
    {
        for (var i = Math.Max(0, from); i + 1 < to; i++)
        {
            if ((Is(i, "so") && Is(i + 1, "far")) || (Is(i, "to") && Is(i + 1, "date")) || (Is(i, "in") && Is(i + 1, "all")))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    private static readonly WordSet NotDescribing = new(
        "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "and", "or", "but", "in", "on", "at",
        "to", "from", "by", "with", "for", "who", "which", "that", "than", "as", "into", "against", "among", "per", "a", "an");

    /// <summary>A lower-case word that can describe people before their noun: not a verb form, preposition or conjunction.</summary>
    private bool IsDescribingWord(int i)
    {
        var w = Word(i);
        return w.Length >= 3 && char.IsLower(w[0]) && !NotDescribing.Contains(w) && !IsVerbLike(w) && !ClaimLexicon.NotPeople.Contains(w)
            && w.IndexOfAnyExcept(LowerLetters) < 0;
    }

    private static bool IsPeopleNoun(ReadOnlySpan<char> w) =>
        ClaimLexicon.MilitaryNouns.Contains(w) || ClaimLexicon.IrregularNouns.Contains(w) || ClaimLexicon.CivilianNouns.Contains(w)
        || ClaimLexicon.MetricNouns.Contains(w);

    private static bool IsVerbLike(ReadOnlySpan<char> w) =>
        VerbStarts.Contains(w) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private bool Is(int i, string word) => i >= 0 && i < tokens.Count && tokens[i].IsWord && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);
}
