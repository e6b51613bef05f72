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

    /// <summary>
    /// A PDF locked with a user password (standard security handler, RC4, revision 2), written by hand: PdfPig's writer
    /// does not encrypt. The /O and /U entries match no password, as a file locked with one the reader does not know.
    /// </summary>
    public static byte[] EncryptedPdf()
    {
        var locked = new string('A', 64);
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{locked}> /U <{locked}> /P -44 >>",
        ];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        var id = new string('0', 32);
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The first third of a real PDF: the header is there, the rest of the file is not.</summary>
    public static byte[] TruncatedPdf(params string[] paragraphs)
    {
        var whole = Pdf("Report", paragraphs);
        return whole[..(whole.Length / 3)];
    }

    /// <summary>A real .docx with the ZIP signature and part names kept and the compressed data between them scrambled.</summary>
    public static byte[] BrokenDocx(params string[] paragraphs)
    {
        var broken = Docx(null, paragraphs);
        for (var i = 40; i < broken.Length / 2; i++)
        {
            broken[i] ^= 0x5A;
        }
        return broken;
    }

    /// <summary>What Word saves for a .docx with a password: an OLE compound file holding an EncryptionInfo stream.</summary>
    public static byte[] LockedDocx() =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[100]];

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
