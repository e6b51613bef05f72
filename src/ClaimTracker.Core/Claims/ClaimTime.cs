using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>Finds the words that date a claim and resolves them against the article's published date.</summary>
internal static partial class ClaimTime
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private const string YearNumber = @"(?:19|20)\d{2}";
    private const string Few = "a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}";
    private const string Count = "few|several|couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+";

    // Every alternative starts with \b and one of its group's first words (or a one- or two-digit day), so a group is
    // tried only where such a word starts rather than at every character: a third of the extractor's time went to
    // failed attempts before. So "the" starts only "the previous day": "the end of the year" is found from "end" on
    // unless a preposition leads it. The groups are tried in order, as one alternation would be, but each is kept
    // small: one expression holding them all took ten times as long per attempt as its three parts together
    // (measured; most likely the JIT does not optimise a method that large).

    /// <summary>Dates, months, years, and the ends, starts and parts of them.</summary>
    private const string DatePattern =
        @"\b(?:(?:since|until|through|from|as of|as at|by|in|during|on|before|after|around)\s+)?(?:(?:early|late|mid)[- ]\s*)?(?:" + Month + @")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+" + YearNumber + @")?\b"
        + @"|\b(?:(?:since|until|by|as of|on)\s+)?\d{1,2}\s+(?:" + Month + @")\.?(?:\s+" + YearNumber + @")?\b"
        + @"|\bsince\s+the\s+(?:beginning|start|outbreak)\s+of\s+(?:the\s+)?(?:full-scale\s+)?(?:war|conflict|invasion|fighting|year|month)(?:\s+in\s+(?:(?:" + Month + @")\s+)?" + YearNumber + @")?"
        + @"|\bsince\s+the\s+(?:full-scale\s+)?(?:war|conflict|invasion|fighting)\s+(?:began|started|broke\s+out)(?:\s+in\s+(?:(?:" + Month + @")\s+)?" + YearNumber + @")?"
        // "by the end of the year", "at the start of next month", "end of October", Reuters' "by end-2025".
        + @"|\b(?:(?:by|at|until|till|before|after|toward|towards|since|from|in|around|through)\s+(?:the\s+(?:very\s+)?)?)?(?:(?:end|start|beginning|middle)\s+of\s+(?:(?:the|this|last|next)\s+(?:year|month|week)|(?:" + Month + @")\.?(?:,?\s+" + YearNumber + @")?|" + YearNumber + @")|end-(?:(?:" + Month + @")\.?(?:\s+" + YearNumber + @")?|" + YearNumber + @"))\b"
        + @"|\b(?:by|at|before|until|till|after|toward|towards|around|through)\s+(?:the\s+)?(?:year|month)(?:-end|['\u2019]s\s+end)\b";

    /// <summary>Halves and quarters, years, weekdays, this/last/next week, month or year, weekends.</summary>
    private const string PeriodPattern =
        // "in the first half of 2025", "in the final quarter of last year", "in the first nine months of the year",
        // "in the last week of October", "in the first days of the year".
        @"\b(?:in|during|over|for|by|since|through|throughout|from)\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:half|quarter|week|days|(?:" + Count + @")\s+(?:months|weeks|days))\s+of\s+(?:(?:the|this|last|next)\s+year|(?:" + Month + @")(?:\s+" + YearNumber + @")?|" + YearNumber + @")\b"
        + @"|\b(?:(?:since|until|through|from|by|in|during|before|after|around)\s+)?(?:early|late|mid)[- ]\s*" + YearNumber + @"\b"
        + @"|\b(?:in|since|by|as of|during|before|after|until)\s+" + YearNumber + @"\b"
        // AP style dates by the bare weekday: "killed 40 people Sunday", "late Saturday", "overnight into Monday";
        // "Saturday's attack" names an event, and "the toll from Saturday's attack" is counted later.
        + @"|\b(?:(?:on|last|this|next|since|by|until|from|overnight(?:\s+(?:into|to|on))?|(?:early|late)(?:\s+on)?)\s+)?(?:" + Weekday + @")(?:\s+(?:night|morning|afternoon|evening))?\b(?!['\u2019]s\b)"
        + @"|\b(?:(?:earlier|later|early|late)\s+(?:this|in\s+the)|(?:early|late|mid)[- ]\s*(?:last|this|next)|this\s+past|last|this|next)\s+(?:week|weekend|month|year)\b(?!\s+of\b)"
        + @"|\b(?:over|during|at|on)\s+the\s+weekend\b";

    /// <summary>Spans counted from publication, parts of the day, days counted back, "ago", "now".</summary>
    private const string RelativePattern =
        @"\b(?:in|within|over|during|for|throughout)\s+the\s+(?:coming|next|past|last|following|previous|preceding)\s+(?:(?:" + Count + @")\s+)?(?:hours?|days?|weeks?|months?|years?|\d+-hour\s+period)\b(?!\s+of\b)"
        + @"|\bin\s+recent\s+(?:hours|days|weeks|months|years)\b"
        + @"|\b(?:(?:this|last)\s+(?:morning|afternoon|evening|night)|(?:earlier|later)\s+(?:today|tonight)|overnight)\b"
        // Days counted back from a day the story has named: "50 were killed the previous day", "two days earlier".
        + @"|\b(?:the\s+(?:previous|preceding)\s+(?:day|night|week)|(?:" + Few + @")\s+(?:days?|weeks?)\s+earlier|the\s+day\s+before(?=\s*[,.;]))"
        + @"|\b(?:" + Few + @")\s+(?:days?|weeks?|months?|years?)\s+ago\b"
        + @"|\b(?:yesterday|today|tonight|at\s+present|currently|so\s+far|to\s+date|as\s+of\s+now|at\s+the\s+moment|soon|now)\b";

    private const string Pattern = DatePattern + "|" + PeriodPattern + "|" + RelativePattern;

    /// <summary>The words a group's alternatives can start with (besides a day number); keep each in step with its pattern.</summary>
    private static readonly WordSet DateFirstWords = new([
        "since", "until", "till", "through", "from", "as", "by", "in", "during", "on", "before", "after", "around", "at", "toward", "towards",
        "early", "late", "mid", "end", "start", "beginning", "middle", .. Numbers.NumberContext.Months]);

    private static readonly WordSet PeriodFirstWords = new(
        "in", "during", "over", "for", "by", "since", "through", "throughout", "from", "until", "as", "before", "after", "around", "at", "on",
        "early", "late", "mid", "last", "this", "next", "overnight", "earlier", "later",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static readonly WordSet RelativeFirstWords = new(
        "in", "within", "over", "during", "for", "throughout", "this", "last", "earlier", "later", "overnight",
        "the", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "yesterday", "today", "tonight", "at", "currently", "so", "to", "soon", "now", "as");

    /// <summary>The expression anywhere: the reference the fast search is tested against.</summary>
    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Expression();

    /// <summary>Each group starting exactly where the search is told to start.</summary>
    [GeneratedRegex(@"\G(?:" + DatePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHere();

    [GeneratedRegex(@"\G(?:" + PeriodPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodHere();

    [GeneratedRegex(@"\G(?:" + RelativePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeHere();

    public static void Find(string text, int start, int end, List<TimeExpression> into)
    {
        into.Clear();
        foreach (var (s, length) in Matches(text, start, end))
        {
            // Read as a span: the string is made only for an expression kept (issue 10 item 4).
            var value = text.AsSpan(s, length);
            // "May" is a month only with a preposition, a day or a year next to it.
            if (value.Equals("May", StringComparison.OrdinalIgnoreCase) || value.Equals("March", StringComparison.OrdinalIgnoreCase) && char.IsLower(value[0]))
            {
                continue;
            }
            // "KYIV, Nov 20 (Reuters) -": a dateline dates the story, not the figures in it.
            if (IsDateline(text, s + length, end))
            {
                continue;
            }
            into.Add(new TimeExpression(value.ToString(), s, s + length));
        }
    }

    /// <summary>Where <see cref="Expression"/> matches in text[start..end], found by trying it only at the words it can start with.</summary>
    internal static List<(int Start, int Length)> Matches(string text, int start, int end)
    {
        var matches = new List<(int, int)>();
        var span = text.AsSpan(start, end - start);
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i]) || (i > 0 && IsWordChar(span[i - 1])))
            {
                i++;
                continue;
            }
            var wordEnd = i + 1;
            while (wordEnd < span.Length && IsWordChar(span[wordEnd]))
            {
                wordEnd++;
            }
            var word = span[i..wordEnd];
            var lead = LeadOf(word);
            var day = word.Length <= 2 && char.IsDigit(word[0]) && char.IsDigit(word[^1]);
            var groups = lead == TimeWord.None && !day ? TimeWord.None : GroupsAt(lead, word, day, span, wordEnd);
            // In the order of the alternation: the first group that matches here wins, as its alternative would.
            if ((groups.HasFlag(TimeWord.DateFirst) && TryMatchAt(DateHere(), span, i, out var length))
                || (groups.HasFlag(TimeWord.PeriodFirst) && TryMatchAt(PeriodHere(), span, i, out length))
                || (groups.HasFlag(TimeWord.RelativeFirst) && TryMatchAt(RelativeHere(), span, i, out length)))
            {
                matches.Add((start + i, length));
                i += length;
            }
            else
            {
                i = wordEnd;
            }
        }
        return matches;
    }

    /// <summary>
    /// The commonest words start few relative expressions ("the previous day", "to date", "two days ago"): a look at
    /// the next word spares trying the expression after every "the", "to", "a" and number.
    /// </summary>
    private static bool MayStartRelative(ReadOnlySpan<char> word, bool number, ReadOnlySpan<char> span, int wordEnd)
    {
        var the = word.Equals("the", StringComparison.OrdinalIgnoreCase);
        var to = word.Equals("to", StringComparison.OrdinalIgnoreCase);
        if (!the && !to && !number && !Counting.Contains(word))
        {
            return true;
        }
        return NextWord(span, wordEnd, out var following) && (the ? AfterThe.Contains(following) : to ? following.Equals("date", StringComparison.OrdinalIgnoreCase) : Units.Contains(following));
    }

    /// <summary>
    /// Words that start an expression only as its leading preposition ("in October", "by the end of", "on Monday",
    /// "at present"): every alternative that can start with one of them goes on, after spaces, with a word of
    /// <see cref="AfterPreposition"/> or a number. A look at that next word spares trying all three expressions after
    /// most "in", "on", "for" and "at", the commonest words they start with; which word it is says which of the three
    /// can match ("on Monday" only a period, "in the past" only a relative time). Keep the lists in step with the
    /// patterns; the tests compare this search with the plain regex over every test text. ("as" is left out: "as of",
    /// "as at".)
    /// </summary>
    private static readonly WordSet Prepositions = new(
        "since", "until", "till", "through", "throughout", "from", "by", "in", "during", "on", "before", "after", "around", "at",
        "toward", "towards", "over", "for", "within");

    private static readonly WordMap<TimeWord> AfterPreposition = Followers(
        (TimeWord.DateFirst, ["early", "late", "mid", "end", "start", "beginning", "middle", "year", "month", .. Numbers.NumberContext.Months]),
        (TimeWord.PeriodFirst, ["early", "late", "mid", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
        (TimeWord.RelativeFirst, ["recent", "present"]));

    /// <summary>
    /// The prepositions a number can follow in an expression: a day ("on 12 May", "since 7 October") in the dates, a
    /// year ("in 2024", "by 2025") in the periods; no relative time has one. Spares the expressions at "around 300",
    /// "for 10 days", "at 12".
    /// </summary>
    private static readonly WordSet DayPrepositions = new("since", "until", "by", "on");

    private static readonly WordSet YearPrepositions = new("in", "since", "by", "during", "before", "after", "until");

    /// <summary>
    /// The words an expression that starts with a preposition and "the" goes on with: "since the outbreak of", "by the
    /// end of", "in the first half", "over the weekend", "in the coming days", "at the moment". "in the", "on the", "at the" are among
    /// the commonest pairs of words in a report, and almost none of them starts one: this look spares the three
    /// expressions at each.
    /// </summary>
    private static readonly WordMap<TimeWord> AfterPrepositionThe = Followers(
        (TimeWord.DateFirst, ["beginning", "start", "outbreak", "full", "war", "conflict", "invasion", "fighting", "very", "end", "middle", "year", "month"]),
        (TimeWord.PeriodFirst, ["first", "second", "third", "fourth", "final", "last", "weekend"]),
        (TimeWord.RelativeFirst, ["coming", "next", "past", "last", "following", "previous", "preceding", "moment"]));

    // The groups a preposition ending at wordEnd can start, from the word after it (and after "the").
    private static TimeWord AfterPrepositionAllows(TimeWord lead, ReadOnlySpan<char> span, int wordEnd)
    {
        if (!NextWord(span, wordEnd, out var following))
        {
            return AllGroups;
        }
        if (following.Length == 0)
        {
            return TimeWord.None;
        }
        if (char.IsDigit(following[0]))
        {
            // "\d{1,2}\s+" of a day, "(?:19|20)\d{2}\b" of a year: the number is the whole word that follows.
            return (following.Length <= 2 && lead.HasFlag(TimeWord.DayPreposition) ? TimeWord.DateFirst : TimeWord.None)
                | (following.Length == 4 && lead.HasFlag(TimeWord.YearPreposition) ? TimeWord.PeriodFirst : TimeWord.None);
        }
        var followers = AfterPreposition;
        if (following.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var the = wordEnd;
            while (char.IsWhiteSpace(span[the]))
            {
                the++;
            }
            if (!NextWord(span, the + 3, out following))
            {
                return TimeWord.None;
            }
            followers = AfterPrepositionThe;
        }
        return following.Length > 0 && followers.TryGetValue(following, out var groups) ? groups : TimeWord.None;
    }

    /// <summary>The three groups' flags, as a mask.</summary>
    private const TimeWord AllGroups = TimeWord.DateFirst | TimeWord.PeriodFirst | TimeWord.RelativeFirst;

    // Each word to the groups whose alternatives it can go on with.
    private static WordMap<TimeWord> Followers(params (TimeWord Group, string[] Words)[] lists)
    {
        var followers = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (group, words) in lists)
        {
            foreach (var word in words)
            {
                followers[word] = followers.GetValueOrDefault(word) | group;
            }
        }
        return new WordMap<TimeWord>(followers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"earlier" and "later" start only "earlier this week", "later in the day", "earlier today", "later tonight".</summary>
    private static readonly WordSet Comparatives = new("earlier", "later");

    private static readonly WordSet AfterComparative = new("this", "in", "today", "tonight");

    /// <summary>"this", "last" and "next" start only "this week", "last Monday", "next year", "this morning", "this past week".</summary>
    private static readonly WordSet Deictic = new("this", "last", "next");

    private static readonly WordSet AfterDeictic = new(
        "past", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>
    /// Which of the lists above each word is in, looked up once per word of a claim's sentence: most words are in
    /// none and cost one sieve, where asking each list cost five.
    /// </summary>
    private static readonly FrozenDictionary<string, TimeWord> LeadsOf = Leads(
        (TimeWord.DateFirst, DateFirstWords), (TimeWord.PeriodFirst, PeriodFirstWords), (TimeWord.RelativeFirst, RelativeFirstWords),
        (TimeWord.Preposition, Prepositions), (TimeWord.Deictic, Deictic), (TimeWord.Comparative, Comparatives),
        (TimeWord.DayPreposition, DayPrepositions), (TimeWord.YearPreposition, YearPrepositions));

    private static readonly WordMap<TimeWord> LeadLookup = new(LeadsOf);
    private static readonly WordSieve LeadSieve = new(LeadsOf.Keys);

    private static FrozenDictionary<string, TimeWord> Leads(params (TimeWord Lead, WordSet Words)[] lists)
    {
        var leads = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lead, words) in lists)
        {
            foreach (var word in words.Words)
            {
                leads[word] = leads.GetValueOrDefault(word) | lead;
            }
        }
        return leads.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static TimeWord LeadOf(ReadOnlySpan<char> word) =>
        LeadSieve.MayContain(word) && LeadLookup.TryGetValue(word, out var lead) ? lead : TimeWord.None;

    /// <summary>"as" starts only "as of" and "as at".</summary>
    private static readonly WordSet AfterAs = new("of", "at");

    private static readonly WordSet Months = new(Numbers.NumberContext.Months);

    /// <summary>The days of the week, from the same alternation as the patterns.</summary>
    internal static readonly WordSet Weekdays = new(Weekday.Split('|'));

    /// <summary>
    /// The groups whose expressions can start at this word, from the word after it: none when the word starts one only
    /// before a next word it is not followed by. A day number starts only "12 May" among the dates, and only with
    /// spaces before the month: not the "1" of "1,500" or "3.5", which were a quarter of the regex attempts.
    /// </summary>
    private static TimeWord GroupsAt(TimeWord lead, ReadOnlySpan<char> word, bool day, ReadOnlySpan<char> span, int wordEnd)
    {
        if (day)
        {
            return (NextWord(span, wordEnd, out var following) && Months.Contains(following) ? TimeWord.DateFirst : TimeWord.None)
                | (MayStartRelative(word, true, span, wordEnd) ? TimeWord.RelativeFirst : TimeWord.None);
        }
        if (lead.HasFlag(TimeWord.Preposition))
        {
            return lead & AfterPrepositionAllows(lead, span, wordEnd);
        }
        if (lead.HasFlag(TimeWord.Deictic) ? !FollowedBy(span, wordEnd, AfterDeictic)
            : lead.HasFlag(TimeWord.Comparative) ? !FollowedBy(span, wordEnd, AfterComparative)
            : word.Equals("as", StringComparison.OrdinalIgnoreCase) && !FollowedBy(span, wordEnd, AfterAs))
        {
            return TimeWord.None;
        }
        var groups = lead & AllGroups;
        return groups.HasFlag(TimeWord.RelativeFirst) && !MayStartRelative(word, false, span, wordEnd) ? groups & ~TimeWord.RelativeFirst : groups;
    }

    // The next word is one of the set, or no space follows (not what the patterns read, but rare: left to the regex).
    private static bool FollowedBy(ReadOnlySpan<char> span, int wordEnd, WordSet words) =>
        !NextWord(span, wordEnd, out var following) || words.Contains(following);

    // The word after the spaces that follow wordEnd (empty at punctuation); false when no space follows.
    private static bool NextWord(ReadOnlySpan<char> span, int wordEnd, out ReadOnlySpan<char> following)
    {
        var next = wordEnd;
        while (next < span.Length && char.IsWhiteSpace(span[next]))
        {
            next++;
        }
        var nextEnd = next;
        while (nextEnd < span.Length && IsWordChar(span[nextEnd]))
        {
            nextEnd++;
        }
        following = span[next..nextEnd];
        return next > wordEnd;
    }

    private static readonly WordSet Counting = new("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static readonly WordSet AfterThe = new("previous", "preceding", "day");
    private static readonly WordSet Units = new("day", "days", "week", "weeks", "month", "months", "year", "years");

    private static bool TryMatchAt(Regex here, ReadOnlySpan<char> span, int at, out int length)
    {
        foreach (var match in here.EnumerateMatches(span, at))
        {
            length = match.Length;
            return match.Index == at && length > 0;
        }
        length = 0;
        return false;
    }

    // The same word characters as the regex's \b: letters, combining marks, digits, connector punctuation, ZWJ/ZWNJ.
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && (c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter or System.Globalization.UnicodeCategory.TitlecaseLetter
        or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation));

    public static (DateOnly? AsOf, AsOfPrecision? Precision) Resolve(string expression, DateOnly? published, bool future)
    {
        ArgumentNullException.ThrowIfNull(expression);
        // One spelling to compare: upper case, single spaces, hyphens as spaces ("mid-2025", "year-end", "end-June").
        var words = SingleSpaced(expression.ToUpperInvariant().Replace('-', ' ').Replace('\u2019', '\''));
        var lead = FirstWord(words);
        // Only a claim about what lies ahead looks ahead: "by the end of October, 17,000 had been killed" in a January
        // story is last October's count.
        var lookAhead = future || lead == "NEXT";
        if (lead == "SINCE" || words is "AT PRESENT" or "CURRENTLY" or "SO FAR" or "TO DATE" or "AS OF NOW" or "AT THE MOMENT" or "NOW" or "TODAY" or "TONIGHT")
        {
            return published is { } p ? (p, AsOfPrecision.Day) : (null, null);
        }
        if (lead is "IN" or "WITHIN" or "OVER" or "DURING" or "FOR" or "THROUGHOUT" && Span().Match(words) is { Success: true } span)
        {
            // "in the past 24 hours" counts up to publication; "in the coming weeks" lies ahead on no fixed date.
            return published is { } p && !span.Groups["ahead"].Success ? (p, AsOfPrecision.Day) : (null, null);
        }
        var year = YearIn(words);
        var month = MonthIn(words);
        // "The first 10 days of October" names no day of it.
        var day = words.Contains(" DAYS OF ", StringComparison.Ordinal) || words.Contains(" WEEKS OF ", StringComparison.Ordinal) || words.Contains(" MONTHS OF ", StringComparison.Ordinal)
            ? null
            : DayIn(words, month is not null);
        if (month is { } m)
        {
            return InMonth(m, year, day, published, lookAhead);
        }
        if (year is { } onlyYear)
        {
            var (startMonth, precision) = PartOfYear(words);
            return (new DateOnly(onlyYear, startMonth, 1), precision);
        }
        if (published is not { } pub)
        {
            return (null, null);
        }
        return CountedFrom(words, lead, pub, lookAhead);
    }

    // A month named: of the year named with it, else the publication's year (or the one before, or after for a claim ahead).
    private static (DateOnly? AsOf, AsOfPrecision? Precision) InMonth(int m, int? year, int? day, DateOnly? published, bool lookAhead)
    {
        if (year is { } y)
        {
            return day is { } d && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? (new DateOnly(y, m, d), AsOfPrecision.Day) : (new DateOnly(y, m, 1), AsOfPrecision.Month);
        }
        if (published is not { } p)
        {
            return (null, null);
        }
        var candidate = new DateOnly(p.Year, m, 1);
        if (lookAhead)
        {
            if (candidate < new DateOnly(p.Year, p.Month, 1))
            {
                candidate = candidate.AddYears(1);
            }
        }
        else if (candidate > new DateOnly(p.Year, p.Month, 1))
        {
            candidate = candidate.AddYears(-1);
        }
        return day is { } dd && dd >= 1 && dd <= DateTime.DaysInMonth(candidate.Year, m)
            ? (new DateOnly(candidate.Year, m, dd), AsOfPrecision.Day)
            : (candidate, AsOfPrecision.Month);
    }

    // Counted from publication: "two days ago", "yesterday", a weekday, "overnight", "last week", "by the end of the year".
    private static (DateOnly? AsOf, AsOfPrecision? Precision) CountedFrom(string words, string lead, DateOnly pub, bool lookAhead)
    {
        if (words.EndsWith(" AGO", StringComparison.Ordinal) && Ago().Match(words) is { Success: true } ago)
        {
            var count = CountOf(ago.Groups["count"].Value);
            return ago.Groups["unit"].Value switch
            {
                "DAY" => (pub.AddDays(-count), AsOfPrecision.Day),
                "WEEK" => (pub.AddDays(-7 * count), AsOfPrecision.Day),
                "MONTH" => (new DateOnly(pub.Year, pub.Month, 1).AddMonths(-count), AsOfPrecision.Month),
                _ => (new DateOnly(pub.Year - count, 1, 1), AsOfPrecision.Year),
            };
        }
        // Counted back from publication only when the story names no day before it (see ClaimExtractor).
        if (words is "YESTERDAY" or "LAST NIGHT" or "LAST EVENING")
        {
            return (pub.AddDays(-1), AsOfPrecision.Day);
        }
        if (DaysBack(words) is { } daysBack)
        {
            return (pub.AddDays(-daysBack), AsOfPrecision.Day);
        }
        var weekday = WeekdayIn(words);
        if (weekday is { } w)
        {
            var back = ((int)pub.DayOfWeek - (int)w + 7) % 7;
            if (lead == "LAST" && back == 0)
            {
                back = 7;
            }
            return lookAhead ? (pub.AddDays(((int)w - (int)pub.DayOfWeek + 7) % 7), AsOfPrecision.Day) : (pub.AddDays(-back), AsOfPrecision.Day);
        }
        if (words is "OVERNIGHT" or "THIS MORNING" or "THIS AFTERNOON" or "THIS EVENING" or "THIS NIGHT" or "EARLIER TODAY" or "LATER TODAY" or "EARLIER TONIGHT" or "LATER TONIGHT")
        {
            return (pub, AsOfPrecision.Day);
        }
        return InUnit(words, pub, lookAhead);
    }

    // "last week", "this month", "next year", "over the weekend", "by the end of the year".
    private static (DateOnly? AsOf, AsOfPrecision? Precision) InUnit(string words, DateOnly pub, bool lookAhead)
    {
        if (Unit().Match(words) is not { Success: true } unit)
        {
            // "soon": the figure lies ahead of publication, on no fixed date.
            return (null, null);
        }
        var offset = unit.Groups["which"].Value switch
        {
            "LAST" => -1,
            "NEXT" => 1,
            _ => 0,
        };
        switch (unit.Groups["unit"].Value)
        {
            case "WEEKEND":
                return (Weekend(pub, lookAhead, offset), AsOfPrecision.Day);
            case "WEEK":
                return (pub.AddDays(7 * offset), AsOfPrecision.Day);
            case "MONTH":
                return (new DateOnly(pub.Year, pub.Month, 1).AddMonths(offset), AsOfPrecision.Month);
            default:
                var (startMonth, precision) = PartOfYear(words);
                var date = new DateOnly(pub.Year + offset, startMonth, 1);
                // "By the end of the year, 12 million had fled" told in January is the year just ended; "this year" stays this year.
                return (unit.Groups["which"].Value is "THE" or "" && !lookAhead && date > pub ? date.AddYears(-1) : date, precision);
        }
    }

    /// <summary>How many days the words count back from a day the story has named: "the previous day" 1, "the previous week" 7; null for other words.</summary>
    public static int? DaysBack(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (!expression.EndsWith("day", StringComparison.OrdinalIgnoreCase) && !expression.EndsWith("night", StringComparison.OrdinalIgnoreCase)
            && !expression.EndsWith("week", StringComparison.OrdinalIgnoreCase) && !expression.EndsWith("before", StringComparison.OrdinalIgnoreCase) && !expression.EndsWith("earlier", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var words = SingleSpaced(expression.ToUpperInvariant());
        if (words is "THE PREVIOUS DAY" or "THE PRECEDING DAY" or "THE PREVIOUS NIGHT" or "THE PRECEDING NIGHT" or "THE DAY BEFORE")
        {
            return 1;
        }
        if (words is "THE PREVIOUS WEEK" or "THE PRECEDING WEEK")
        {
            return 7;
        }
        return Ago().Match(words) is { Success: true } earlier && earlier.Groups["way"].Value == "EARLIER"
            ? CountOf(earlier.Groups["count"].Value) * (earlier.Groups["unit"].Value == "WEEK" ? 7 : 1)
            : null;
    }

    private static int CountOf(string number) =>
        number is "A" or "AN" ? 1 : Counts.IndexOf(number) is var i and > 0 ? i : int.Parse(number, CultureInfo.InvariantCulture);

    /// <summary>Whether the words name one day, so that a later "the previous day" can count back from it.</summary>
    public static bool NamesADay(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var words = expression.ToUpperInvariant();
        // "Currently", "so far", "since May", "in the past 24 hours" resolve to publication without naming a day of the story.
        return !words.StartsWith("SINCE", StringComparison.Ordinal) && !words.Contains(" THE ", StringComparison.Ordinal) && !words.Contains("AGO", StringComparison.Ordinal)
            && (WeekdayIn(words) is not null || words is "YESTERDAY" or "LAST NIGHT" or "OVERNIGHT" or "THIS MORNING" or "TODAY" || DayIn(words, MonthIn(words) is not null) is not null);
    }

    private static readonly List<string> Counts = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE"];

    /// <summary>
    /// Which month a part of a year starts in, and how precisely that is known. The end of a year is its December and
    /// its start January; a half or a quarter starts on a known month but spans several, and the precisions stop at
    /// month, so it keeps its first month at year precision. "Early", "late" and "mid" name no month at all.
    /// </summary>
    private static (int Month, AsOfPrecision Precision) PartOfYear(string words)
    {
        if ((" " + words + " ").Contains(" END ", StringComparison.Ordinal))
        {
            return (12, AsOfPrecision.Month);
        }
        if (words.Contains("START OF", StringComparison.Ordinal) || words.Contains("BEGINNING OF", StringComparison.Ordinal))
        {
            return (1, AsOfPrecision.Month);
        }
        var month = words switch
        {
            _ when words.Contains("SECOND HALF", StringComparison.Ordinal) || words.Contains("LAST HALF", StringComparison.Ordinal) || words.Contains("FINAL HALF", StringComparison.Ordinal) => 7,
            _ when words.Contains("SECOND QUARTER", StringComparison.Ordinal) => 4,
            _ when words.Contains("THIRD QUARTER", StringComparison.Ordinal) => 7,
            _ when words.Contains("FOURTH QUARTER", StringComparison.Ordinal) || words.Contains("LAST QUARTER", StringComparison.Ordinal) || words.Contains("FINAL QUARTER", StringComparison.Ordinal) => 10,
            _ => 1,
        };
        return (month, AsOfPrecision.Year);
    }

    /// <summary>A weekend as its last day: the one just past (or under way) at publication, or the next one when the words look ahead.</summary>
    private static DateOnly Weekend(DateOnly published, bool lookAhead, int offset)
    {
        var dayOfWeek = (int)published.DayOfWeek;
        if (lookAhead)
        {
            // The coming Sunday, or today when publication falls on one.
            return published.AddDays((7 - dayOfWeek) % 7);
        }
        var last = dayOfWeek == (int)DayOfWeek.Saturday ? published : published.AddDays(-dayOfWeek);
        // "Last weekend" said during a weekend means the one before it.
        return offset < 0 && (last == published) ? last.AddDays(-7) : last;
    }

    private static bool IsDateline(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] == ' ')
        {
            i++;
        }
        if (i >= end || text[i] != '(')
        {
            return false;
        }
        var close = text.IndexOf(')', i, Math.Min(40, end - i));
        return close > i + 1 && char.IsUpper(text[i + 1]);
    }

    // Most expressions are single-spaced already; the regex runs only for the few broken across lines or spaces.
    private static string SingleSpaced(string words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (char.IsWhiteSpace(words[i]) && (words[i] != ' ' || i == 0 || i == words.Length - 1 || words[i + 1] == ' '))
            {
                return Spaces().Replace(words, " ").Trim();
            }
        }
        return words;
    }

    private static string FirstWord(string words)
    {
        var space = words.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? words : words[..space];
    }

    private static int? YearIn(string words)
    {
        var m = Year().Match(words);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    private static int? DayIn(string words, bool hasMonth)
    {
        if (!hasMonth)
        {
            return null;
        }
        var m = Day().Match(words);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static int? MonthIn(string words)
    {
        string[] names = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
        foreach (var m in MonthWord().EnumerateMatches(words))
        {
            var token = words.AsSpan(m.Index, 3);
            for (var i = 0; i < names.Length; i++)
            {
                if (token.SequenceEqual(names[i]))
                {
                    return i + 1;
                }
            }
        }
        return null;
    }

    private static readonly string[] WeekdayNames = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

    private static DayOfWeek? WeekdayIn(string words)
    {
        for (var day = 0; day < WeekdayNames.Length; day++)
        {
            if (words.Contains(WeekdayNames[day], StringComparison.Ordinal))
            {
                return (DayOfWeek)day;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<count>AN?|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|\d+) (?<unit>DAY|WEEK|MONTH|YEAR)S? (?<way>AGO|EARLIER)$")]
    private static partial Regex Ago();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // A stretch of time counted back from publication, or ahead of it.
    [GeneratedRegex(@"^(?:(?:IN|WITHIN|OVER|DURING|FOR|THROUGHOUT) THE (?:(?<ahead>COMING|NEXT|FOLLOWING)|PAST|LAST|PREVIOUS|PRECEDING) (?:[A-Z0-9 ]+ )?(?:HOURS?|DAYS?|WEEKS?|MONTHS?|YEARS?|PERIOD)|IN RECENT [A-Z]+)$")]
    private static partial Regex Span();

    // The week, month or year the words end on, and which one: "at the end of last month", "by year-end", "over the weekend".
    [GeneratedRegex(@"(?:\b(?<which>LAST|NEXT|THIS|THE) )?\b(?<unit>WEEKEND|WEEK|MONTH|YEAR)(?:'S)?(?: END)?$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\b(\d{1,2})(?:ST|ND|RD|TH)?\b(?!\d)")]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\b")]
    private static partial Regex MonthWord();
}
