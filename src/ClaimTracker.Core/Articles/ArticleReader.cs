using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace ClaimTracker.Core.Articles;

/// <summary>Turns uploaded bytes or pasted text (plain or HTML) into an <see cref="ArticleDocument"/>. Never throws on bad input.</summary>
public sealed partial class ArticleReader(ArticleReaderOptions options)
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml"];

    // Files that are certainly not an article's text or markup, by their name.
    private static readonly Dictionary<string, string> UnsupportedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".doc"] = "Old Word documents", [".odt"] = "OpenDocument files",
        [".rtf"] = "RTF documents", [".epub"] = "e-books", [".xls"] = "spreadsheets", [".xlsx"] = "spreadsheets",
        [".ppt"] = "presentations", [".pptx"] = "presentations", [".jpg"] = "images", [".jpeg"] = "images", [".png"] = "images",
        [".gif"] = "images", [".webp"] = "images", [".zip"] = "archives", [".gz"] = "archives", [".7z"] = "archives",
        [".rar"] = "archives", [".exe"] = "programs", [".mp3"] = "audio files", [".mp4"] = "videos",
    };

    public ArticleReader() : this(new ArticleReaderOptions())
    {
    }

    public ArticleReaderOptions Options { get; } = options;

    /// <summary>Reads an uploaded file; <paramref name="fileName"/> is only a hint to the format.</summary>
    public ArticleReadResult Read(byte[] content, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return ArticleReadResult.Failure(ArticleReadError.Empty, "The file is empty.");
        }
        if (content.Length > Options.MaxBytes)
        {
            return TooLarge("file");
        }
        var extension = Path.GetExtension(fileName ?? "");
        if (UnsupportedExtensions.TryGetValue(extension, out var kind))
        {
            return ArticleReadResult.Failure(ArticleReadError.UnsupportedType,
                $"{kind} ({extension}) can't be read. Save the article as text (.txt), a web page (.html), a PDF or a Word (.docx) file and upload that.");
        }
        // PDF and Word files are recognised by their bytes; a name alone is only a claim.
        if (content.AsSpan().StartsWith("%PDF"u8))
        {
            return ReadFile(PdfText.Read(content), ArticleFormat.Pdf);
        }
        if (IsWordPackage(content))
        {
            return ReadFile(WordText.Read(content), ArticleFormat.Word);
        }
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])
            && (extension.Equals(".docx", StringComparison.OrdinalIgnoreCase) || content.AsSpan().IndexOf(EncryptionInfoStream) >= 0))
        {
            // Word saves a password-protected .docx inside an OLE compound file.
            return ArticleReadResult.Failure(ArticleReadError.Encrypted,
                "This Word file is protected by a password (or is an old .doc renamed). Save an unprotected .docx copy, or paste its text.");
        }
        if (ArticleBytes.DetectBinary(content) is { } binary)
        {
            return ArticleReadResult.Failure(ArticleReadError.Binary,
                $"The file is {binary}, not text or HTML. Save the article as text (.txt) or as a web page (.html) and upload that.");
        }
        var text = ArticleBytes.Decode(content, out var warning);
        var isHtml = HtmlExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || LooksLikeHtml(text);
        return ReadDecoded(text, isHtml, warning is null ? [] : [warning], cancellationToken);
    }

    /// <summary>Reads pasted text; text that is really HTML is read as HTML.</summary>
    public ArticleReadResult ReadText(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxBytes || (text.Length * 3L > Options.MaxBytes && Encoding.UTF8.GetByteCount(text) > Options.MaxBytes))
        {
            return TooLarge("text");
        }
        return ReadDecoded(text, LooksLikeHtml(text), [], cancellationToken);
    }

    private ArticleReadResult TooLarge(string what) =>
        ArticleReadResult.Failure(ArticleReadError.TooLarge,
            $"The {what} is larger than the limit of {Options.MaxBytes / (1024.0 * 1024.0):0.#} MB. Upload the article alone, not a whole site or archive.");

    private ArticleReadResult ReadDecoded(string text, bool isHtml, List<string> warnings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (text.Length == 0)
        {
            return ArticleReadResult.Failure(ArticleReadError.Empty, "The article is empty.");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleReadResult.Failure(ArticleReadError.Empty, "The article contains only blank space, no text.");
        }
        if (HasBinaryCharacters(text))
        {
            return ArticleReadResult.Failure(ArticleReadError.Binary,
                "The text contains binary data (NUL or control characters), not an article. Paste or upload the article's text or HTML.");
        }
        var read = isHtml ? ReadHtml(text, warnings, cancellationToken) : ReadPlain(text, warnings);
        return read.Document is { } document ? ArticleReadResult.Success(document with { Original = text }) : read;
    }

    private static ArticleReadResult ReadPlain(string text, List<string> warnings)
    {
        var furniture = PageFurniture.Clean(ArticleParagraphs.FromPlainText(text), knownTitle: null);
        if (furniture.Paragraphs.Count == 0)
        {
            return NoText("The text has no readable article paragraphs once menus and page furniture are removed.");
        }
        return Build(ArticleFormat.Text, furniture.Paragraphs, (furniture.Title, false), furniture.Author, (furniture.Outlet, false), furniture.Published, url: null, warnings);
    }

    private ArticleReadResult ReadHtml(string html, List<string> warnings, CancellationToken cancellationToken)
    {
        if (HtmlNesting.TooDeep(html))
        {
            return NoText($"The HTML nests its elements more than {HtmlNesting.MaxDepth} levels deep, which no article page does. Paste the article's text instead.");
        }
        if (HtmlCost.Refusal(html) is { } refusal)
        {
            return ArticleReadResult.Failure(ArticleReadError.TooExpensive, refusal);
        }
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.MaxHtmlReadTime < TimeSpan.FromMilliseconds(1))
        {
            // CancelAfter counts whole milliseconds and cancels later, on a timer thread: a budget below that is spent already.
            budget.Cancel();
        }
        else
        {
            budget.CancelAfter(Options.MaxHtmlReadTime);
        }
        try
        {
            return ReadParsed(html, warnings, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ArticleReadResult.Failure(ArticleReadError.TooExpensive, string.Create(CultureInfo.InvariantCulture,
                $"This HTML is too expensive to read: it was still being read after {Options.MaxHtmlReadTime.TotalSeconds:0} seconds. Paste the article's text instead."));
        }
    }

    private static ArticleReadResult ReadParsed(string html, List<string> warnings, CancellationToken budget)
    {
        // This thread's parser: no other parse sees the handler below, which may stop this one.
        var parser = HtmlContent.Parser;
        var errors = 0;
        void CountError(object sender, AngleSharp.Dom.Events.Event error)
        {
            // The parser reports each tag it has to repair, which is where hostile markup spends its time.
            budget.ThrowIfCancellationRequested();
            // A page without a doctype is normal on the web and changes nothing in how it reads.
            if (error is not AngleSharp.Html.Dom.Events.HtmlErrorEvent { Code: (int)AngleSharp.Html.Parser.HtmlParseError.DoctypeMissing })
            {
                errors++;
            }
        }
        parser.Error += CountError;
        IHtmlDocument document;
        try
        {
            document = parser.ParseDocument(html);
        }
        finally
        {
            parser.Error -= CountError;
        }
        using var parsed = document;
        budget.ThrowIfCancellationRequested();
        if (errors > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"The HTML has {errors} markup error(s); read what the parser could recover."));
        }
        var metadata = HtmlMetadata.From(document);
        if (metadata.BrokenJsonLd)
        {
            warnings.Add("The page's JSON-LD metadata is malformed and was ignored.");
        }

        // SmartReader sometimes settles on a small block (a teaser, a caption) of a page whose paragraphs say much more.
        var page = PageElements.From(document);
        var pageParagraphs = page.Paragraphs;
        var paragraphLengths = new int[pageParagraphs.Count];
        for (var i = 0; i < paragraphLengths.Length; i++)
        {
            paragraphLengths[i] = HtmlContent.TextLength(pageParagraphs[i]);
        }
        var paragraphText = paragraphLengths.Sum();
        var paragraphs = HtmlContent.MarkedArticle(page, paragraphLengths, paragraphText)
            ?? HtmlContent.DenseArticle(document, pageParagraphs, paragraphLengths)
            ?? (pageParagraphs.Count > HtmlContent.MaxMainContentParagraphs ? null : HtmlContent.MainContent(document, metadata.Url, budget));
        budget.ThrowIfCancellationRequested();
        if (paragraphs is null || (paragraphText > 1000 && paragraphs.Sum(p => p.Length) * 4 < paragraphText))
        {
            // SmartReader changes the document it reads; parse again for the page's own text blocks.
            using var fresh = HtmlContent.Parser.ParseDocument(html);
            paragraphs = HtmlContent.BodyBlocks(fresh);
            budget.ThrowIfCancellationRequested();
            if (paragraphs.Count > 0)
            {
                warnings.Add("No main article block was found; the text is taken from the page's paragraphs outside navigation and footers.");
            }
        }
        // A pasted fragment has no <title>: its opening heading is the title.
        var title = TrimOutletFromTitle(metadata.Title, metadata.Outlet)
            ?? paragraphs.FirstOrDefault(p => PageFurniture.Words(p) <= 20 && !PageFurniture.IsProse(p));
        var furniture = PageFurniture.Clean(paragraphs, title ?? "");
        budget.ThrowIfCancellationRequested();
        if (furniture.Paragraphs.Count == 0)
        {
            return NoText("The page has no readable text: no article paragraphs were found in its HTML.");
        }
        return Build(ArticleFormat.Html, furniture.Paragraphs, (title, metadata.Title is not null), metadata.Author ?? furniture.Author,
            (metadata.Outlet ?? furniture.Outlet, metadata.Outlet is not null), metadata.Published ?? furniture.Published, metadata.Url, warnings);
    }

    // Stated: the page's or file's own metadata said it. Otherwise the value was guessed from the text (a headline-like first
    // line, a copyright line, a dateline's agency), and the editor is asked to check it.
    private static ArticleReadResult Build(ArticleFormat format, IReadOnlyList<string> paragraphs, (string? Value, bool Stated) title, string? author,
        (string? Value, bool Stated) outlet, PartialDate? published, string? url, List<string> warnings)
    {
        // A dateline in the story's first paragraphs: its agency names the outlet, its date the day when the page gave none.
        ArticleDateline? dateline = null;
        foreach (var paragraph in paragraphs.Take(3))
        {
            dateline = ArticleDates.FindDateline(paragraph);
            if (dateline is not null)
            {
                break;
            }
        }
        published ??= dateline?.Date;
        return ArticleReadResult.Success(new ArticleDocument
        {
            Title = string.IsNullOrEmpty(title.Value) ? null : title.Value,
            TitleInferred = !string.IsNullOrEmpty(title.Value) && !title.Stated,
            Author = author,
            Outlet = outlet.Value ?? dateline?.Agency,
            OutletInferred = outlet.Value is not null ? !outlet.Stated : dateline?.Agency is not null,
            Published = published?.Date,
            PublishedMonth = published?.Month,
            PublishedDay = published?.Day,
            PublishedText = published?.Text,
            Dateline = dateline?.Text,
            Place = dateline?.Place,
            Url = url,
            Paragraphs = paragraphs,
            Text = string.Join("\n\n", paragraphs),
            Format = format,
            Warnings = warnings,
        });
    }

    private static ArticleReadResult ReadFile(FileText file, ArticleFormat format)
    {
        if (file.Text is null)
        {
            return ArticleReadResult.Failure(file.Error ?? ArticleReadError.Damaged, file.Message ?? "The file could not be read.");
        }
        var furniture = PageFurniture.Clean(ArticleParagraphs.FromPlainText(file.Text), knownTitle: file.Title);
        if (furniture.Paragraphs.Count == 0)
        {
            return NoText(format == ArticleFormat.Pdf
                ? "There is no text in this PDF that reads as an article (only headers, page numbers or furniture)."
                : "The Word file has no readable article paragraphs.");
        }
        return Build(format, furniture.Paragraphs, (file.Title ?? furniture.Title, file.Title is not null), file.Author ?? furniture.Author,
            (furniture.Outlet, false), furniture.Published, url: null, []);
    }

    // The directory entry (UTF-16) of the stream Office writes into a password-protected file's OLE container: it says
    // "locked" by the bytes, where the upload's name (which the API and the page do not pass on for binary files) may not.
    private static ReadOnlySpan<byte> EncryptionInfoStream => "E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0"u8;

    // A .docx is a ZIP package with a word/document.xml part (named in the ZIP's local and central headers).
    private static bool IsWordPackage(byte[] content) =>
        content.AsSpan().StartsWith("PK\u0003\u0004"u8) && content.AsSpan().IndexOf("word/document.xml"u8) >= 0;

    private static ArticleReadResult NoText(string message) => ArticleReadResult.Failure(ArticleReadError.NoText, message);

    // "Troops sent | The Daily Planet" → "Troops sent" when the suffix is the outlet's name.
    private static string? TrimOutletFromTitle(string? title, string? outlet)
    {
        if (title is null || outlet is null)
        {
            return title;
        }
        foreach (var separator in (string[])[" | ", " - ", " – ", " — ", " :: "])
        {
            var suffix = separator + outlet;
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
            {
                return title[..^suffix.Length];
            }
        }
        return title;
    }

    private static bool HasBinaryCharacters(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (sample.Contains('\0'))
        {
            return true;
        }
        // Jump from one control character to the next (line ends, mostly) rather than test every character.
        var control = 0;
        var rest = sample;
        int at;
        while ((at = rest.IndexOfAnyInRange('\u0001', '\u001F')) >= 0)
        {
            if (rest[at] is not '\t' and not '\n' and not '\r' and not '\f' and not '\u001B')
            {
                control++;
            }
            rest = rest[(at + 1)..];
        }
        return control > sample.Length / 20;
    }

    /// <summary>Whether pasted or uploaded text is really an HTML page or fragment.</summary>
    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 65536)).TrimStart();
        if (head.Length == 0 || head.IndexOf('<') < 0)
        {
            return false;
        }
        if (HtmlStart().IsMatch(head))
        {
            return true;
        }
        var tags = 0;
        foreach (var _ in HtmlTag().EnumerateMatches(head))
        {
            if (++tags >= 10 || (tags >= 3 && head[0] == '<'))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"</?(?:p|div|br|span|a|h[1-6]|li|ul|ol|article|section|strong|em|b|i|table|tr|td|img|meta|title|script|blockquote)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
