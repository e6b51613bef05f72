using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace ClaimTracker.Core.Articles;

/// <summary>Text of a PDF in reading order (PdfPig), one paragraph per block, with its Title and Author.</summary>
internal static class PdfText
{
    private static readonly ContentOrderTextExtractor.Options Layout = new()
    {
        SeparateParagraphsWithDoubleNewline = true,
        ReplaceWhitespaceWithSpace = true,
    };

    public static FileText Read(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page, Layout)).Append("\n\n");
            }
            if (string.IsNullOrWhiteSpace(text.ToString()))
            {
                return FileText.Failure(ArticleReadError.NoText,
                    "There is no text in this PDF: it is probably a scan (pictures of pages). Run it through OCR first, or paste the article's text.");
            }
            return new FileText(JoinWrappedLines(text.ToString()), Clean(document.Information.Title), Clean(document.Information.Author));
        }
        catch (PdfDocumentEncryptedException)
        {
            return FileText.Failure(ArticleReadError.Encrypted,
                "This PDF is protected by a password. Save an unprotected copy (or paste its text) and upload that.");
        }
#pragma warning disable CA1031 // PdfPig throws many exception types for broken files; any of them means the same to the user.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return FileText.Failure(ArticleReadError.Damaged,
                "This PDF is damaged or incomplete and could not be opened. Save it again from the program that made it, or paste its text.");
        }
    }

    // Within a block, lines are the page's layout, not the writer's: join them, mending words hyphenated at a line end.
    private static string JoinWrappedLines(string text)
    {
        var blocks = text.Replace("\r", "", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var joined = new StringBuilder(text.Length);
        foreach (var block in blocks)
        {
            var paragraph = new StringBuilder();
            foreach (var rawLine in block.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0)
                {
                    continue;
                }
                if (paragraph.Length > 0 && paragraph[^1] == '-' && char.IsLower(line[0]))
                {
                    paragraph.Length--;
                }
                else if (paragraph.Length > 0)
                {
                    paragraph.Append(' ');
                }
                paragraph.Append(line);
            }
            if (paragraph.Length > 0)
            {
                joined.Append(paragraph).Append("\n\n");
            }
        }
        return joined.ToString();
    }

    private static string? Clean(string? value)
    {
        var text = ArticleParagraphs.Normalize(value ?? "");
        return text.Length == 0 ? null : text;
    }
}
