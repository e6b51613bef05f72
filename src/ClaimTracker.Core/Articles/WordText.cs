using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ClaimTracker.Core.Articles;

/// <summary>Text of a Word (.docx) file, one paragraph per Word paragraph (tables cell by cell), with its Title and Author.</summary>
internal static class WordText
{
    public static FileText Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return FileText.Failure(ArticleReadError.Damaged, "This Word file has no document body: it is damaged or not a Word document.");
            }
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var line = ParagraphText(paragraph);
                if (line.Length > 0)
                {
                    text.Append(line).Append("\n\n");
                }
            }
            var properties = document.PackageProperties;
            return new FileText(text.ToString(), Clean(properties.Title), Clean(properties.Creator));
        }
#pragma warning disable CA1031 // The Open XML SDK throws several exception types for broken packages; all mean the same to the user.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return FileText.Failure(ArticleReadError.Damaged,
                "This Word file is damaged or is not a .docx document, and could not be opened. Save it again as .docx, or paste its text.");
        }
    }

    // Runs carry the text; tabs and breaks inside a paragraph are spaces to the reader.
    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text run:
                    text.Append(run.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }
        return ArticleParagraphs.Normalize(text.ToString());
    }

    private static string? Clean(string? value)
    {
        var text = ArticleParagraphs.Normalize(value ?? "");
        return text.Length == 0 ? null : text;
    }
}
