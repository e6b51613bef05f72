using System.Buffers;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Articles;

/// <summary>What is left of a page once its furniture is gone, plus the metadata the furniture gave away.</summary>
internal sealed record FurnitureResult(IReadOnlyList<string> Paragraphs, string? Title, string? Author, string? Outlet, PartialDate? Published);

/// <summary>
/// Removes page furniture from paragraphs copied off a web page: menus, bylines and date lines, "Read more:" links,
/// subscribe and share prompts, reading times, photo credits and captions repeated from the headline, related-article
/// lists, copyright, reuse and comment notices.
/// </summary>
/// <remarks>
/// Every rule looks at one line's shape (short, no sentence punctuation, mostly capitalised words) or at well-known
/// phrases that sites put around articles; none removes a line that reads as prose unless it is a known notice
/// (copyright, comments). A related-list heading only removes the non-prose lines after it.
/// </remarks>
internal static partial class PageFurniture
{
    // Section names that news-site menus are made of; a line made (almost) only of them is a menu.
    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "news", "world", "politics", "business", "economy", "markets", "money", "opinion", "opinions", "science",
        "sport", "sports", "society", "culture", "arts", "entertainment", "lifestyle", "life", "style", "travel", "health",
        "tech", "technology", "video", "videos", "photos", "podcasts", "live", "latest", "more", "all", "incidents",
        "columnists", "columns", "analysis", "features", "investigations", "weather", "local", "national", "international",
        "us", "uk", "europe", "asia", "africa", "americas", "middle", "east", "russia", "ukraine", "china", "region", "regions",
        "advertising", "advertise", "sitemap", "archive", "archives", "about", "authors", "contact", "contacts", "careers",
        "terms", "privacy", "search", "menu", "login", "subscribe", "newsletter", "newsletters", "defense", "defence",
        "military", "war", "conflict", "editorial", "blogs", "magazine", "education", "environment", "climate", "media",
        "crime", "law", "justice", "security", "tv", "radio", "audio", "games", "food", "auto", "cars", "real", "estate",
        "jobs", "obituaries", "corrections", "faq", "help", "account", "sign", "in", "up", "out", "register", "donate", "shop",
        "rss", "english", "español", "français", "deutsch", "русский", "&", "and", "|", "/", ">", "»", "•", "·", "-", "–",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SectionWordLookup = SectionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "tweet", "email", "e-mail", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "print",
        "copy", "link", "pinterest", "reddit", "messenger", "vk", "viber", "save", "comment", "comments", "on", "this", "article",
        "|", "/", "•", "·",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareWordLookup = ShareWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words without which the notice and credit patterns cannot match: a fast test that spares most lines the regexes.
    private static readonly SearchValues<string> NoticeWords = SearchValues.Create(
        ["comment", "reproduc", "reserved", "cookie", "opinion", "views", "may not be", "materials", "leave a"], StringComparison.OrdinalIgnoreCase);

    // ASCII words of three letters or more, with '/' and '©' tested on their own: a non-ASCII or one-character value
    // made the whole search take a slow path (Aho-Corasick rather than the vectorised one).
    private static readonly SearchValues<string> CreditWords = SearchValues.Create(
        ["photo", "image", "picture", "illustration", "credit", "video", "getty", "screenshot"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> NotLettersOrDigits = SearchValues.Create(" \t!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~•·–—…«»“”‘’|");

    public static FurnitureResult Clean(IReadOnlyList<string> paragraphs, string? knownTitle)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        paragraphs = KeepCaptionSentences(paragraphs);
        var livePage = paragraphs.Count(IsEntryStamp) >= 2;
        var keep = new bool[paragraphs.Count];
        Array.Fill(keep, true);
        var words = new int[paragraphs.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Words(paragraphs[i]);
        }
        string? author = null, outlet = null;
        PartialDate? published = null;
        var byline = -1;

        // Lines that are furniture on their own shape or wording.
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var line = paragraphs[i];
            if (CopyrightLine().Match(line) is { Success: true } copyright)
            {
                outlet ??= CleanOutletName(copyright.Groups["holder"].Value);
                keep[i] = false;
                continue;
            }
            if (IsFurnitureLine(line, words[i]))
            {
                keep[i] = false;
                continue;
            }
            if (Byline().Match(line) is { Success: true } by && !IsCalendarWord(by.Groups["name"].Value))
            {
                author ??= by.Groups["name"].Value.Trim();
                byline = byline < 0 ? i : byline;
                keep[i] = false;
                continue;
            }
            if (EditorLine().IsMatch(line))
            {
                keep[i] = false;
                continue;
            }
            if (words[i] <= 12 && DateLine().IsMatch(line) && ArticleDates.FindInLine(line) is { } date)
            {
                published ??= date;
                // A live page's entry stamps stay: the extractor reads each as the boundary of an entry, and without
                // them one entry's heading ran on into the text of the entry above (its subject, its speaker).
                keep[i] = livePage && IsEntryStamp(line);
            }
        }

        RemoveRelatedSections(paragraphs, words, keep);

        // The title: the one given by metadata, else the first line that survived (how a copied page starts).
        var title = knownTitle;
        var titleIndex = -1;
        if (title is null)
        {
            titleIndex = Array.IndexOf(keep, true);
            title = titleIndex >= 0 ? paragraphs[titleIndex] : null;
            if (title is not null && ArticleDates.FindDateline(title) is { } dateline)
            {
                // A wire story that opens on its dateline has no headline line: the title is its first sentence without
                // the dateline, and the paragraph stays in the body.
                title = LeadSentence(title[dateline.Text.Length..]);
                titleIndex = -1;
            }
        }

        KeepStandfirstsByline(paragraphs, keep, byline, titleIndex);
        var titleWords = title is null ? 0 : Words(title);
        // Repeats of the headline (image captions that quote it) and short lines that appear more than once (captions).
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (words[i] <= 12)
            {
                counts[paragraphs[i]] = counts.GetValueOrDefault(paragraphs[i]) + 1;
            }
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!keep[i] || i == titleIndex)
            {
                continue;
            }
            var line = paragraphs[i];
            if (title is not null && RepeatsTitle(line, title, titleWords))
            {
                keep[i] = false;
            }
            else if (words[i] <= 12 && counts[line] > 1 && !IsProse(line))
            {
                keep[i] = false;
            }
        }

        var kept = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (keep[i])
            {
                kept.Add(paragraphs[i]);
            }
        }
        // A page whose only text is its headline: that line is the article, not a repeat of the title.
        if (kept.Count == 0 && title is not null && paragraphs.FirstOrDefault(p => RepeatsTitle(p, title, titleWords) && !IsFurnitureLine(p, Words(p))) is { } headline)
        {
            kept.Add(headline);
        }
        return new FurnitureResult(kept, title, author, outlet, published);
    }

    // Headline, one prose paragraph, "By Al Mayadeen English", body: the byline is what tells the extractor that the
    // paragraph above it is the standfirst, the outlet's digest with rows of its own, not the body's lede (Standfirst).
    // Only there is it kept; the author is taken from it all the same.
    private static void KeepStandfirstsByline(IReadOnlyList<string> paragraphs, bool[] keep, int byline, int titleIndex)
    {
        if (byline < 0 || titleIndex < 0 || titleIndex >= byline)
        {
            return;
        }
        var above = Enumerable.Range(titleIndex + 1, byline - titleIndex - 1).Where(i => keep[i]).ToList();
        if (above.Count == 1 && IsProse(paragraphs[above[0]]))
        {
            keep[byline] = true;
        }
    }

    // "1 Jul 2025 19:20 GMT", "12 Oct 2024 - 14:20 GMT": a bare date line with a clock time, which a live page puts over
    // every entry; a page with two or more is a live page. "Published"/"Updated" lines are the page's own dates.
    private static bool IsEntryStamp(string line) =>
        line.Length <= 60 && line.Contains(':') && EntryStamp().IsMatch(line) && DateLine().IsMatch(line);

    // "Image: Palestinians search the rubble on Wednesday. Local hospitals said 50 people died there. Pic: AP": a caption
    // that carries a sentence with a figure in it is content (sometimes the figure's only statement); its text is kept
    // without the "Image:" label and the credit after it, and captions without one are removed as before.
    private static IReadOnlyList<string> KeepCaptionSentences(IReadOnlyList<string> paragraphs)
    {
        List<string>? kept = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (CaptionLabel().Match(paragraphs[i]) is not { Success: true } label)
            {
                continue;
            }
            var caption = CaptionCredit().Replace(paragraphs[i][label.Length..], "").Trim();
            if (caption.Split(". ").Any(HoldsFigure))
            {
                kept ??= [.. paragraphs];
                kept[i] = caption;
            }
        }
        return kept ?? paragraphs;
    }

    // A sentence of six words or more, mostly prose, where a number counts something ("50 people", "21 of them"), not a
    // date ("on 12 March 2024").
    private static bool HoldsFigure(string sentence)
    {
        var (words, lower) = CountWords(sentence);
        return words >= 6 && lower * 2 >= words && CountedFigure().IsMatch(sentence);
    }

    /// <summary>A sentence-like paragraph: enough words, mostly lower-case ones, ending like a sentence.</summary>
    /// <summary>The first sentence of a lead paragraph (after its dateline), cut at a word near 100 characters.</summary>
    private static string? LeadSentence(string text)
    {
        var lead = text.TrimStart(' ', '-', '–', '—', ':');
        var end = lead.IndexOf(". ", StringComparison.Ordinal);
        if (end > 0)
        {
            lead = lead[..end];
        }
        lead = lead.TrimEnd('.');
        if (lead.Length > 100)
        {
            var cut = lead.LastIndexOf(' ', 100);
            lead = lead[..(cut > 40 ? cut : 100)] + "…";
        }
        return lead.Length == 0 ? null : lead;
    }

    public static bool IsProse(string line)
    {
        var (words, lower) = CountWords(line);
        var last = line.Length > 0 ? line[^1] : ' ';
        var endsLikeSentence = last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or '…' or ':';
        return (words >= 8 && endsLikeSentence && lower * 10 >= words * 3)
            || (words >= 25 && lower * 10 >= words * 4);
    }

    private static bool IsFurnitureLine(string line, int words)
    {
        if (line.AsSpan().IndexOfAnyExcept(NotLettersOrDigits) < 0)
        {
            return true;
        }
        if ((words <= 15 && IsMenu(line)) || (words <= 12 && IsShareBar(line)))
        {
            return true;
        }
        return (words <= 30 && (ReadingTime().IsMatch(line) || ReadMore().IsMatch(line)))
            || (words <= 20 && Prompt().IsMatch(line))
            || (words <= 20 && line.Contains("ctrl", StringComparison.OrdinalIgnoreCase) && CtrlEnter().IsMatch(line))
            || (line.AsSpan().ContainsAny(NoticeWords) && Notice().IsMatch(line))
            || (words <= 25 && (line.AsSpan().ContainsAny(CreditWords) || line.AsSpan().ContainsAny('/', '©')) && !IsProse(line) && PhotoCredit().IsMatch(line));
    }

    // "World Russia Society Opinion Science Sport Incidents Business", "News All >", "Advertising Sitemap Archive About Authors".
    // Both look up each space-separated token as a span: every short line of every article is tested, and splitting
    // it into strings cost more than the lookups.
    private static bool IsMenu(string line)
    {
        if (line.EndsWith('.'))
        {
            return false;
        }
        int tokens = 0, sections = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan(range);
            if (token.IsEmpty)
            {
                continue;
            }
            tokens++;
            if (SectionWordLookup.Contains(token.Trim(",:")))
            {
                sections++;
            }
        }
        if (tokens > 15)
        {
            return false;
        }
        return tokens == 1 ? sections == 1 && char.IsUpper(line[0]) : sections * 4 >= tokens * 3;
    }

    private static bool IsShareBar(string line)
    {
        int tokens = 0;
        var named = false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan(range);
            if (token.IsEmpty)
            {
                continue;
            }
            tokens++;
            if (!ShareWordLookup.Contains(token.Trim(",:()")) && !AllDigits(token))
            {
                return false;
            }
            named |= token.Length > 1 && ShareWordLookup.Contains(token.Trim(",:"));
        }
        return tokens <= 12 && named;
    }

    private static bool AllDigits(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    // A heading such as "RELATED" or "Most read" starts a list of other stories: drop it and the non-prose lines after it.
    private static void RemoveRelatedSections(IReadOnlyList<string> paragraphs, int[] words, bool[] keep)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!IsRelatedHeading(paragraphs[i], words[i]))
            {
                continue;
            }
            keep[i] = false;
            var j = i + 1;
            while (j < paragraphs.Count && !IsProse(paragraphs[j]) && !IsRelatedHeading(paragraphs[j], words[j]))
            {
                j++;
            }
            if (!IsSectionLabel(paragraphs, keep, i, j))
            {
                Array.Fill(keep, false, i + 1, j - i - 1);
            }
            i = j - 1;
        }
    }

    // "Top Stories" as the page's first line, then the headline (and a subheadline) and the prose: the section the story
    // is filed under, copied with it. Only the label goes; a list of other stories copied first runs to three headlines
    // or more before any prose, or to none.
    private static bool IsSectionLabel(IReadOnlyList<string> paragraphs, bool[] keep, int label, int prose)
    {
        var lines = prose - label - 1;
        return lines is 1 or 2 && prose < paragraphs.Count && Array.IndexOf(keep, true, 0, label) < 0
            && !paragraphs.Skip(label + 1).Take(lines).Any(line => IsBullet(line));
    }

    private static bool IsRelatedHeading(string line, int words) => words <= 7 && RelatedHeading().IsMatch(line);

    private static bool RepeatsTitle(string line, string title, int titleWords)
    {
        if (line.Equals(title, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // A caption that quotes the headline among a few words of credit; needs a headline long enough to be distinctive.
        return titleWords >= 5
            && line.Length <= title.Length * 2
            && !IsProse(line)
            && line.Contains(title, StringComparison.OrdinalIgnoreCase);
    }

    private static string? CleanOutletName(string holder)
    {
        var name = holder.Trim().Trim('«', '»', '"', '“', '”', '\'', '.', ',', ' ');
        name = AllRightsReserved().Replace(name, "").Trim().Trim('.', ',', ' ', '«', '»', '"');
        return name.Length is > 1 and <= 60 ? name : null;
    }

    private static bool IsCalendarWord(string name)
    {
        var first = name.Split(' ')[0];
        return ArticleDates.Parse(first + " 1, 2000") is not null
            || first is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            || first is "Then" or "Now" or "Today" or "Yesterday";
    }

    internal static int Words(string line) => CountWords(line).Words;

    // Words are runs between single spaces (paragraphs are normalised); "lower" counts those starting in lower case.
    private static (int Words, int Lower) CountWords(string line)
    {
        var words = 0;
        var lower = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
                if (char.IsLower(c))
                {
                    lower++;
                }
            }
        }
        return (words, lower);
    }

    [GeneratedRegex(@"^\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(?:read (?:more|also|next)|see also|also read|related|more|watch|listen|click here|recommended)\s*[:>»|–-]", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^(?:subscribe\b|sign up\b|follow us\b|join us on\b|get (?:our|the) .*newsletter|download (?:our|the) app|advertisement$|sponsored(?: content)?$|skip to (?:main )?content|listen to (?:this )?article|share (?:this|on)\b|found a (?:typo|mistake|error))", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"\bctrl\s*\+\s*enter\b", RegexOptions.IgnoreCase)]
    private static partial Regex CtrlEnter();

    // Notices that sites put under every article: comments, reuse and reproduction, cookies, rights.
    [GeneratedRegex(@"(?:\bcomments? (?:posted|published) (?:here|on this site|below)\b|\bcomments are (?:moderated|closed)\b|^leave a (?:comment|reply)|^\d+\s+comments?$|\bwhen (?:reproducing|quoting|using) (?:our|the|any) materials?\b|\bmay not be (?:reproduced|published|republished|broadcast|redistributed|rewritten)\b|\ball rights reserved\b|\bwe use cookies\b|\bthis (?:site|website) uses cookies\b|\b(?:opinions|views) (?:expressed|of the authors?)\b.*\b(?:do not|don't) (?:necessarily|always)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    [GeneratedRegex(@"^(?:photo(?:graph)?s?|image|picture|illustration|credit|video|source of (?:the )?photo)\s*(?:credit)?\s*[:©]|(?:^|\s)/\s*(?:screenshot|photo|getty|reuters|ap|afp)\b|\b(?:getty images|file photo|screenshot from)\b|^©", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:related(?: (?:articles?|stories|news|posts|content|coverage|topics|reading))?|more (?:stories|news|articles|on this(?: story| topic)?|from [\p{L} .]+)|(?:most|top) (?:read|popular|viewed|shared)|popular(?: now| news| stories)?|trending(?: now| stories)?|recommended(?: for you| stories)?|you (?:may|might) (?:also )?like|read (?:more|also|next)|see also|also read|don'?t miss|editor'?s picks?|top stories|up next|now reading|reading now|(?:latest|last|recent) (?:news|stories|articles|materials|posts|headlines)|tags|topics)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();

    // "By Jane Doe", "Author's name Petr Ermilin", "Written by Jane Doe": the whole line is the name.
    [GeneratedRegex(@"^(?i:by|written by|words by|author(?:['’`]s)?(?: name)?\s*:?)\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?i:editor|edited by|editing by|reporting by|translated by|translation)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$")]
    private static partial Regex EditorLine();

    [GeneratedRegex(@"^(?:copyright\s*(?:©|\(c\))|copyright\s+(?=(?:19|20)\d\d)|©|\(c\))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*(?<holder>[^.]{0,60}(?:\.[A-Za-z]{2,4})?[^.]{0,20})\.?\s*(?:all rights reserved\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"\s*all rights reserved\.?", RegexOptions.IgnoreCase)]
    private static partial Regex AllRightsReserved();

    [GeneratedRegex(@"^(?!(?:published|updated|posted|first published|last updated)\b).*\b\d{1,2}:\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex EntryStamp();

    [GeneratedRegex(@"^(?:image|photo(?:graph)?|picture|pic)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    // "Pic: AP", "Photo: Reuters", "(AFP)" closing a caption.
    [GeneratedRegex(@"\s*(?:\b(?:pic|photo|picture|image|credit)s?\s*:\s*[^.:]{1,40}|\(\p{Lu}[\p{L} ./-]{1,30}\))$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"\d[\d,.]*\s+\p{Ll}")]
    private static partial Regex CountedFigure();

    // Short lines that are only a date, possibly with "Published"/"Updated" and a time.
    [GeneratedRegex(@"^(?:(?:published|updated|posted|first published|last updated)\s*(?:on|at)?\s*:?\s*)?(?:\d{1,2}:\d\d\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?,?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:\s*(?:,|at|-|\|)?\s*\d{1,2}:\d\d\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();
}
