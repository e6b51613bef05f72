using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ClaimTracker.Core.Tests.Articles;

/// <summary>Real PDF and Word files written by the same libraries' writers, for tests of reading them (also linked into the web tests).</summary>
internal static class ArticleFiles
{
    /// <summary>A one-page PDF with a text layer: each paragraph on its own line, a wide gap between paragraphs.</summary>
    public static byte[] Pdf(string? title, params string[] paragraphs)
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 780d;
        foreach (var paragraph in paragraphs)
        {
            page.AddText(paragraph, 10, new PdfPoint(40, y), font);
            y -= 36;
        }
        return builder.Build();
    }

    /// <summary>A PDF whose page has only a drawn shape and no text, as a scan's would have only an image.</summary>
    public static byte[] PdfWithoutText()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 300, 400);
        return builder.Build();
    }

    public static byte[] Docx(string? title, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }
        return stream.ToArray();
    }
}
