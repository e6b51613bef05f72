using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Decides whether a number in a sentence counts people and reads what the sentence says about them:
/// subject, metric, status, increment and qualifier. Works on the sentence's tokens only.
/// </summary>
internal sealed class PeopleCountReader(string text, List<Token> tokens, Sentence sentence, int sentenceIndex)
{
    private static readonly WordSet VerbStarts = WordLists.Set("verbStarts");
    private static readonly WordSet AfterBareCount = WordLists.Set("afterBareCount");
    private static readonly WordSet KillVerbs = WordLists.Set("killVerbs");
    // "the toll has passed 31,200": a toll that passes a figure is more than it (Golden case: toll_passed_figure).
    private static readonly WordSet PassVerbs = WordLists.Set("passVerbs");
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet PlaceNouns = WordLists.Set("placeNouns");
    private static readonly WordSet SourceDescriptions = WordLists.Set("sourceDescriptions");
    private static readonly WordSet YearPrepositions = WordLists.Set("yearPrepositions");
    private static readonly WordSet Months = new(NumberContext.Months);
    private static readonly WordSet AgeWords = WordLists.Set("ageWords");
    private static readonly WordSet Possessives = WordLists.Set("possessives");
    private static readonly WordSet SentBy = WordLists.Set("sentBy");
    private static readonly WordSet Experiencer = WordLists.Set("experiencer");

    /// <summary>
    /// The claim a number makes about people, or null: the count-phrase rules below run in order over one
    /// <see cref="CountPhrase"/>, each reading one construction.
    /// </summary>
    public ClaimDraft? Read(NumberMention number, (int Start, int End)[] numberTokens, int index, ClaimDraft? previousInSentence, Func<PeopleContext?> antecedent)
    {
        var (first, last) = numberTokens[index];
        if (first < 0 || IsNotAPeopleCount(number, first, last))
        {
            return null;
        }
        var phrase = new CountPhrase(number, first, last,
            index > 0 ? numberTokens[index - 1].End : -1,
            index + 1 < numberTokens.Length ? numberTokens[index + 1].Start : tokens.Count);
        var draft = new ClaimDraft(number, sentenceIndex);
        phrase.QualifierFirst = ReadQualifier(number, first, draft);
        ReadPeopleNounPhrase(phrase);
        if (IsPopulation(phrase.QualifierFirst) || (phrase.Noun >= 0 && (IsSourceDescription(phrase.Noun + 1) || LiveThere(phrase.Noun + 1))))
        {
            return null;
        }
        ReadAside(phrase, previousInSentence);
        if (!ReadSubject(phrase, draft, previousInSentence, antecedent))
        {
            return null;
        }
        phrase.Left = LeftBound(phrase.QualifierFirst, phrase.PreviousBound, wide: false);
        phrase.Right = RightBound(phrase.AfterCount, phrase.NextBound);
        ReadMetricRule(phrase, draft, previousInSentence);
        ReadNationalityRule(phrase, draft);
        ReadStatusRule(phrase, draft, previousInSentence);
        ReadIncrementRule(phrase, draft);
        return draft;
    }

    /// <summary>
    /// People noun phrase: what follows the number up to its people noun, perhaps after a nationality ("10,000 North
    /// Korean troops"), "more", a possessive ("of its soldiers") or describing words ("3,000 junta soldiers"); "of them"
    /// ends it. Golden cases: nationality_before_death_toll, unlisted_word_before_people, relative_pronoun_them,
    /// will_send_further, vague_thousands_more_expected.
    /// </summary>
    private void ReadPeopleNounPhrase(CountPhrase phrase)
    {
        var k = phrase.Last + 1;
        for (var steps = 0; k < phrase.NextBound && steps < 8; steps++, k++)
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
            if (IsPeopleNoun(w) || (phrase.Number.Value == 1 && ClaimLexicon.SingularPeople.Contains(w)))
            {
                phrase.Noun = k;
                break;
            }
            if (Nationality.At(text, tokens, k) is { } n)
            {
                if (!phrase.Nationalities.Contains(n.Nationality.Adjective))
                {
                    phrase.Nationalities.Add(n.Nationality.Adjective);
                }
                k += n.Tokens - 1;
                continue;
            }
            if (ReadNounPhraseWord(phrase, k, w) is { } go)
            {
                k += go.Skip;
                if (go.Stop)
                {
                    break;
                }
                continue;
            }
            break;
        }
        phrase.AfterCount = phrase.Noun >= 0 ? phrase.Noun + 1 : k;
    }

    // One word between the number and its noun: null ends the phrase; else whether it ends there and how many more
    // tokens it takes.
    private (bool Stop, int Skip)? ReadNounPhraseWord(CountPhrase phrase, int k, ReadOnlySpan<char> w)
    {
        if (ClaimLexicon.IncrementTrue.Contains(w) && !w.Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            phrase.More = true;
        }
        if (w.Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            phrase.More = true;
            return (k + 1 < tokens.Count && Is(k + 1, "than"), 0);
        }
        if (Possessives.Contains(w))
        {
            phrase.SawPossessive = true;
        }
        if (w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase) || w.Equals("those", StringComparison.OrdinalIgnoreCase))
        {
            phrase.SawThem = true;
            return (true, 1);
        }
        if (ClaimLexicon.NounModifiers.Contains(w) || (char.IsUpper(w[0]) && !sentence.IsHeading && !IsVerbLike(w)))
        {
            return (false, 0);
        }
        // "3,000 junta soldiers", "500 paramilitary fighters": a word the lists do not know, right before a people noun.
        if (IsDescribingWord(k) && k + 1 < phrase.NextBound && tokens[k + 1].IsWord && IsPeopleNoun(Word(k + 1)))
        {
            return (false, 0);
        }
        return null;
    }

    /// <summary>
    /// Aside: "30 Palestinians, including 12 children, were killed" — the aside shares the outer count's people and
    /// fate, as does "among them" or "of whom"; after an aside a count goes on from the outer one ("killed 40 people,
    /// including 10 children, and wounded more than 60"). Golden cases: gaza_including_children, among_them_aside,
    /// after_an_aside_the_outer_people, aside_victims_not_the_army.
    /// </summary>
    private void ReadAside(CountPhrase phrase, ClaimDraft? previousInSentence)
    {
        var q = phrase.QualifierFirst;
        var bound = phrase.PreviousBound;
        phrase.InAside = previousInSentence is not null && q - 1 > bound
            && (Is(q - 1, "including") || Is(q - 1, "among")
                || ((Is(q - 1, "them") || Is(q - 1, "whom")) && q - 2 > bound && (Is(q - 2, "among") || Is(q - 2, "of"))));
        phrase.Like = phrase.InAside ? previousInSentence : previousInSentence?.AsideOf ?? previousInSentence;
    }

    /// <summary>
    /// Subject: the people noun and its nationalities; "30 others" and a second bare metric noun ("38,500 Palestinians
    /// killed and 88,000 wounded") take the earlier count's people. False when the number counts nobody.
    /// Golden cases: killed_and_wounded_others, coordinated_people_share_verb, troops_from_a_country.
    /// </summary>
    private bool ReadSubject(CountPhrase phrase, ClaimDraft draft, ClaimDraft? previousInSentence, Func<PeopleContext?> antecedent)
    {
        var noun = phrase.Noun;
        var like = phrase.Like;
        if (noun < 0)
        {
            if (!ReadBareCount(phrase, draft, previousInSentence, antecedent))
            {
                return false;
            }
        }
        else if ((Is(noun, "others") && like is not null)
            || (noun == phrase.Last + 1 && like is not null && ClaimLexicon.MetricNouns.Contains(Word(noun)) && !ClaimLexicon.Captured.Contains(Word(noun))))
        {
            draft.Nationalities = like!.Nationalities;
            draft.Noun = like.Noun;
            draft.Military = like.Military;
        }
        else
        {
            SetNoun(draft, noun);
            if (phrase.Nationalities.Count > 0)
            {
                draft.Nationalities = phrase.Nationalities;
            }
            else if (NationalityAfter(noun + 1, phrase.NextBound) is { } owner)
            {
                draft.Nationalities = [owner];
            }
        }
        if (phrase.InAside)
        {
            draft.AsideOf = previousInSentence!.AsideOf ?? previousInSentence;
            if (draft.Nationalities.Count == 0)
            {
                draft.Nationalities = previousInSentence.Nationalities;
            }
        }
        return true;
    }

    /// <summary>
    /// Bare count: a number with no people noun counts people when a verb group follows ("400 have been killed"), it
    /// refers back ("of them"), "more" follows a deployment verb, or a toll precedes it ("the toll rose to 60"); its
    /// people are the earlier count's, else the sentences before, else "people" when a casualty verb follows.
    /// Golden cases: bare_number_with_casualty_verb, bare_toll_at, death_toll_rose, inherited_next_sentence,
    /// ordered_more_soldiers, toll_a_dozen_words_back, losses_stand_at.
    /// </summary>
    private bool ReadBareCount(CountPhrase phrase, ClaimDraft draft, ClaimDraft? previousInSentence, Func<PeopleContext?> antecedent)
    {
        if (sentence.IsHeading)
        {
            return false;
        }
        var q = phrase.QualifierFirst;
        var afterCount = phrase.AfterCount;
        var bare = phrase.SawThem || (afterCount < tokens.Count && tokens[afterCount].IsWord && VerbStarts.Contains(Word(afterCount)))
            // "said it would deploy 2,000 more": more of the people already named.
            || (phrase.More && q - 1 > phrase.PreviousBound && tokens[q - 1].IsWord && ClaimLexicon.Deployed.Contains(Word(q - 1)));
        var toll = PrecedingToll(phrase, TollSearchBound(phrase));
        phrase.TollOfCasualties = toll == Toll.Casualties;
        var last = phrase.Last;
        var preceded = (toll == Toll.Casualties || toll == Toll.Figure && previousInSentence is not null)
            && (last + 1 >= tokens.Count || !tokens[last + 1].IsWord || AfterBareCount.Contains(Word(last + 1)));
        if (!bare && !preceded && toll != Toll.Casualties && NumberOfPeople(q, phrase.PreviousBound) is { } named)
        {
            // "put the number of Israeli troops there at about 60,000": the people are named after "number of".
            SetNoun(draft, named);
            if (draft.Nationalities.Count == 0 && NationalityBefore(named) is { } nationality)
            {
                draft.Nationalities = [nationality];
            }
            return true;
        }
        if (!bare && !preceded)
        {
            return false;
        }
        var like = phrase.Like;
        var source = like is not null
            ? new PeopleContext(like.Nationalities, like.Noun, like.Military, like.Metric, sentence.Paragraph, sentenceIndex)
            : antecedent();
        if (source is null)
        {
            // "More than 100 were killed": a casualty verb makes a bare number a count of people.
            if (!preceded && !(bare && CasualtyVerbFollows(afterCount, phrase.NextBound)))
            {
                return false;
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
        return true;
    }

    /// <summary>
    /// Metric: the verb group or metric noun around the count; a swap's released are not deployed, a toll with no
    /// other cue counts the dead, a coordinated count shares the verb of the one before ("30 militants and two soldiers
    /// were killed"), an unread metric is a deployment for soldiers; war losses are soldiers.
    /// Golden cases: swap_freed_people_is_other, toll_as_high_as, coordinated_people_share_verb, losses_stand_at,
    /// prisoners_exchanged, sent_to_fight_is_deployed.
    /// </summary>
    private void ReadMetricRule(CountPhrase phrase, ClaimDraft draft, ClaimDraft? previousInSentence)
    {
        var (metric, activeVerb) = ReadMetric(phrase.Noun, phrase.AfterCount, phrase.Right, phrase.Left, phrase.QualifierFirst);
        phrase.ActiveVerb = activeVerb;
        if ((metric is null or Metric.Deployed) && HasAny(ClaimLexicon.Released, phrase.Left, phrase.Right))
        {
            // "freed 390 people", "270 soldiers and 120 civilians returning": a swap counts the released, not a deployment.
            // "95 prisoners of war exchanged" still counts prisoners.
            metric = Metric.Other;
        }
        if (metric is null && phrase.TollOfCasualties)
        {
            // "put the toll at more than 60": a toll with no other cue counts the dead, whatever the people before.
            metric = Metric.Killed;
        }
        if (metric is not null)
        {
            draft.Metric = metric;
        }
        else if (phrase.InAside || SharesVerbWithPrevious(previousInSentence, phrase.PreviousBound, phrase.QualifierFirst))
        {
            draft.Metric = previousInSentence!.Metric;
        }
        if (draft.Metric is null)
        {
            draft.Metric = draft.Military ? Metric.Deployed : Metric.Other;
            draft.MetricGuessed = true;
        }
        else if (previousInSentence is { MetricGuessed: true } previous && SharesVerbWithPrevious(previous, phrase.PreviousBound, phrase.QualifierFirst))
        {
            // "30 militants and two soldiers were killed": the verb after the second count is the first one's too.
            previous.Metric = draft.Metric;
            previous.MetricGuessed = false;
        }
        if (phrase.Noun < 0 && draft.Noun == "people" && draft.Nationalities.Count == 0 && draft.Metric == Metric.KilledOrWounded && !SentenceMentionsCivilians())
        {
            // "Russian losses stand at 720,000": war losses are soldiers.
            draft.Noun = "troops";
            draft.Military = true;
        }
    }

    /// <summary>
    /// Nationality from the clause: a nationality before the count ("Russian losses"), else for a deployment the state
    /// that sends ("Pyongyang sent 10,000 troops"). Golden cases: nationality_before_death_toll, kremlin_sent_to_belarus,
    /// contrast_clause_nationality, soldiers_of_the_named_army.
    /// </summary>
    private void ReadNationalityRule(CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count > 0 || phrase.InAside)
        {
            return;
        }
        var found = phrase.ActiveVerb ? null : NationalityToLeft(phrase.QualifierFirst, phrase.SawPossessive, draft.Metric!.Value);
        if (found is null && draft.Military && draft.Metric == Metric.Deployed)
        {
            found = SenderNationality(phrase.QualifierFirst, phrase.Left);
        }
        if (found is not null)
        {
            draft.Nationalities = [found];
        }
    }

    /// <summary>
    /// Status: reported, planned (the actor's stated decision), expected (a forecast) or denied; a coordinated count
    /// shares the plan of the one before ("will send 1,000 sappers and 5,000 workers"). Golden cases:
    /// will_send_coordinated_counts_are_planned, agency_expects, hamas_denies, could_be_called_up_next_month.
    /// </summary>
    private void ReadStatusRule(CountPhrase phrase, ClaimDraft draft, ClaimDraft? previousInSentence)
    {
        draft.Status = ReadStatus(phrase.QualifierFirst, phrase.AfterCount, phrase.Right, phrase.PreviousBound, phrase.Left);
        if (draft.Status == ClaimStatus.Reported && previousInSentence is { } coordinated && SharesVerbWithPrevious(coordinated, phrase.PreviousBound, phrase.QualifierFirst))
        {
            draft.Status = coordinated.Status;
        }
    }

    /// <summary>
    /// Increment: "2,000 more", "another", "fresh" add to an earlier count; "in total", "already", "since" state a
    /// total. Golden cases: will_send_further, pentagon_plans_additional, total_so_far.
    /// </summary>
    private void ReadIncrementRule(CountPhrase phrase, ClaimDraft draft)
    {
        var number = phrase.Number;
        var more = phrase.More
            || (number.MentionEnd > number.End && text.AsSpan(number.End, number.MentionEnd - number.End).Contains("more", StringComparison.OrdinalIgnoreCase));
        draft.Increment = more || HasAny(ClaimLexicon.IncrementTrue, phrase.Left, phrase.First)
            ? true
            : HasAny(ClaimLexicon.IncrementFalse, phrase.Left, phrase.QualifierFirst) || HasAny(ClaimLexicon.IncrementFalse, phrase.AfterCount, phrase.Right) || HasInTotal(phrase.AfterCount, phrase.Right)
                ? false
                : null;
    }

    /// <summary>
    /// Not a count of people: a percentage, money, a year, a date, an ordinal, a model name ("Su-34"), a duration, an
    /// age, a number under two, or part of a larger word. Golden cases: not_a_percentage, not_money, not_a_duration,
    /// not_an_age, not_a_single_person, not_weapons.
    /// </summary>
    private bool IsNotAPeopleCount(NumberMention number, int first, int last)
    {
        if (number.IsPercent || number.IsMoney || number.IsYearLike || number.IsDate || number.IsOrdinal || number.IsFraction
            || number.IsModelName || number.IsDuration || number.IsAge)
        {
            return true;
        }
        if (number.Kind != NumberKind.Vague && (number.Value ?? number.High ?? 0) < 2 && !IsOneInAside(number, first, last))
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
        return IsOrdinalDateOrUnit(number, first, last);
    }

    /// <summary>
    /// One person in an aside after a toll: "killed 12 people, including one child", "among them one woman" counts the
    /// child. Golden case: including_one_child.
    /// </summary>
    private bool IsOneInAside(NumberMention number, int first, int last) =>
        number.Value == 1 && (Is(first - 1, "including") || (Is(first - 1, "them") && Is(first - 2, "among")))
        && last + 1 < tokens.Count && tokens[last + 1].IsWord && ClaimLexicon.SingularPeople.Contains(Word(last + 1));

    /// <summary>
    /// Not a count of people: an ordinal ("the fifth"), a day beside its month ("June 5"), a year ("in 2023"), a
    /// number before a unit or rate ("5 km", "3 per cent"), "No. 5", "US 30". Golden cases: not_an_ordinal,
    /// not_a_date, not_a_year, not_counts_of_units, not_aged, not_money.
    /// </summary>
    private bool IsOrdinalDateOrUnit(NumberMention number, int first, int last)
    {
        var start = number.Start;
        var end = number.End;
        var mentionText = number.Text;
        if (IsOrdinalWord(mentionText.Trim()) || mentionText.EndsWith("th", StringComparison.OrdinalIgnoreCase) && number.IsWords)
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
        .. PassVerbs.Words.Select(w => (new[] { w }, Qualifier.MoreThan)),
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

    /// <summary>
    /// "the number of people": "put the number of Israeli troops there at about 60,000", "brought the total number of
    /// Ukrainians returned to 3,956" — a figure word and "of" a few words before "at"/"to", then a people noun within
    /// three words; returns the noun's token or null. Golden case: number_of_people_at.
    /// </summary>
    private int? NumberOfPeople(int qualifierFirst, int prevBound)
    {
        var p = qualifierFirst - 1;
        if (!(Is(p, "at") || Is(p, "to")))
        {
            return null;
        }
        for (var b = p - 2; b > prevBound && b >= p - 12; b--)
        {
            if (!tokens[b].IsWord || !TollWords.Contains(Word(b)) || !Is(b + 1, "of"))
            {
                continue;
            }
            for (var k = b + 2; k < p && k <= b + 4; k++)
            {
                if (!tokens[k].IsWord)
                {
                    return null;
                }
                if (IsPeopleNoun(Word(k)) && !ClaimLexicon.MetricNouns.Contains(Word(k)))
                {
                    return k;
                }
            }
            return null;
        }
        return null;
    }

    // "the number of Israeli troops": a nationality right before the people noun.
    private string? NationalityBefore(int noun)
    {
        for (var s = Math.Max(0, noun - 3); s < noun; s++)
        {
            if (Nationality.At(text, tokens, s) is { } n && s + n.Tokens == noun)
            {
                return n.Nationality.Adjective;
            }
        }
        return null;
    }

    /// <summary>
    /// Toll between figures: how far back a toll may stand before a bare count. "the death toll climbed from 558 to
    /// 569" reads the toll across the first figure of a from-to pair (split by <see cref="TollChange"/>).
    /// Golden case: toll_climbed_from_to.
    /// </summary>
    private int TollSearchBound(CountPhrase phrase)
    {
        var bound = phrase.PreviousBound;
        if (bound < 0)
        {
            return bound;
        }
        var q = phrase.QualifierFirst;
        if (q - 2 != bound || !Is(q - 1, "to"))
        {
            return bound;
        }
        // "from 558 to 569": the second figure reads the toll before "from".
        for (var b = bound - 1; b >= 0 && b >= bound - 4; b--)
        {
            if (Is(b, "from"))
            {
                return -1;
            }
        }
        return bound;
    }

    // "killing 25", "the death toll rose to 1,200" (casualties); "put the figure at 12,000" (a count of whatever came before).
    private bool IsPassVerb(int i) => i >= 0 && i < tokens.Count && tokens[i].IsWord && PassVerbs.Contains(Word(i));

    private Toll PrecedingToll(CountPhrase phrase, int prevBound)
    {
        var qualifierFirst = phrase.QualifierFirst;
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
        // "climbed from 558 to 569": the first figure of a from-to pair is an earlier toll.
        if (!(tollFirst || Is(p, "to") || Is(p, "at") || Is(p, "of") || (Is(p, "from") && Is(phrase.Last + 1, "to")) || IsPassVerb(qualifierFirst)))
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

    private static string Plural(string singular) =>
        singular == "child" ? "children"
        : singular.EndsWith("man", StringComparison.Ordinal) ? singular[..^3] + "men"
        : singular.EndsWith('y') && !"aeiou".Contains(singular[^2]) ? singular[..^1] + "ies"
        : singular + "s";

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
        else if (ClaimLexicon.SingularPeople.Contains(w))
        {
            // "including one child": the subject is named in the plural like any other count's.
            draft.Noun = Plural(w.ToString().ToLowerInvariant());
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

    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

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
        if (ClaimLexicon.Displaced.Contains(w) || (ClaimLexicon.ForcedOut.Contains(w) && HomesFollow(i)) || LeftOrCrossed(i, w))
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

    /// <summary>
    /// Displaced verbs: "left their homes", "crossed into Syria", "crossing the border" ("fled to", "sheltering at" are
    /// in the displaced list). Golden case: displaced_crossed_fled_left_sheltering.
    /// </summary>
    private bool LeftOrCrossed(int i, ReadOnlySpan<char> w) =>
        (ClaimLexicon.LeftHomes.Contains(w) && Is(i + 1, "their") && i + 2 < tokens.Count && tokens[i + 2].IsWord && ClaimLexicon.Homes.Contains(Word(i + 2)))
        || (ClaimLexicon.CrossVerbs.Contains(w) && (Is(i + 1, "into") || Is(i + 1, "over") || (Is(i + 1, "the") && Is(i + 2, "border"))));

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

    private static readonly WordSet SendVerbs = WordLists.Set("sendVerbs");

    private static readonly WordSet SenderAuxiliaries = WordLists.Set("senderAuxiliaries");

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
            if (tokens[i].IsWord && !IsPeopleNoun(Word(i)) && !ClaimLexicon.SingularPeople.Contains(Word(i)) && !ClaimLexicon.NounModifiers.Contains(Word(i)) && !char.IsUpper(text[tokens[i].Start]))
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

    private static readonly WordSet ExperiencerVerbs = WordLists.Set("experiencerVerbs");

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
            if ((Is(i, "and") || Is(i, "or")) && i + 1 < nextBound && tokens[i + 1].IsWord && !IsCasualtyWord(Word(i + 1)) && !CoordinatedPeople(i, nextBound) && !CoordinatedPlaces(i, nextBound))
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

    // "3,000 residents of Dhaybad and nearby villages left their homes": a second place joined to the first is not a
    // second verb phrase. Golden case: displaced_crossed_fled_left_sheltering.
    private bool CoordinatedPlaces(int conjunction, int nextBound)
    {
        for (var j = conjunction + 1; j < nextBound && j <= conjunction + 3; j++)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }
            var w = Word(j);
            if (PlaceNouns.Contains(w) || ClaimLexicon.Homes.Contains(w))
            {
                return true;
            }
            if (!IsDescribingWord(j))
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

    private static readonly WordSet NotDescribing = WordLists.Set("notDescribing");

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

    // "first" .. "twelfth", "hundredth": the number vocabulary's ordinals (one list of them, in NumberWord).
    private static bool IsOrdinalWord(ReadOnlySpan<char> w) => NumberWord.TryGet(w, out var word) && word.Class == WordClass.Ordinal && !word.Plural;

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private bool Is(int i, string word) => i >= 0 && i < tokens.Count && tokens[i].IsWord && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);
}
