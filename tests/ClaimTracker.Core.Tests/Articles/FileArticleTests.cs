using System.Text;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Articles;

public sealed class FileArticleTests
{
    private const string Lead = "Ukraine's military intelligence said 11,000 North Korean troops had been deployed to Kursk.";
    private const string Second = "The ministry added that training continued at five locations in the east.";

    private readonly ArticleReader _reader = new();

    [Fact]
    public void A_pdf_is_read_in_reading_order_with_paragraphs_and_its_title()
    {
        var result = _reader.Read(ArticleFiles.Pdf("Troops in Kursk", Lead, Second), "report.pdf");

        var document = Assert.IsType<ArticleDocument>(result.Document);
        Assert.Equal(ArticleFormat.Pdf, document.Format);
        Assert.Equal("Troops in Kursk", document.Title);
        Assert.Collection(document.Paragraphs, p => Assert.Equal(Lead, p), p => Assert.Equal(Second, p));
        var claim = Assert.Single(new ClaimExtractor().Extract(document.Text), c => c.Value == 11000);
        Assert.Equal(Metric.Deployed, claim.Metric);
    }

    [Fact]
    public void A_pdf_is_recognised_by_its_bytes_whatever_its_name()
    {
        var result = _reader.Read(ArticleFiles.Pdf(null, Lead), "upload.txt");

        Assert.Equal(ArticleFormat.Pdf, result.Document?.Format);
        Assert.Contains("11,000", result.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_says_there_is_no_text_in_this_pdf()
    {
        var result = _reader.Read(ArticleFiles.PdfWithoutText(), "scan.pdf");

        Assert.Equal(ArticleReadError.NoText, result.Error);
        Assert.Contains("no text in this PDF", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_damaged_not_a_crash()
    {
        var result = _reader.Read(ArticleFiles.TruncatedPdf(Lead), "report.pdf");

        Assert.Equal(ArticleReadError.Damaged, result.Error);
        Assert.Contains("PDF is damaged", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_is_read_paragraph_by_paragraph_with_its_title()
    {
        var result = _reader.Read(ArticleFiles.Docx("Briefing on Kursk", Lead, Second), "briefing.docx");

        var document = Assert.IsType<ArticleDocument>(result.Document);
        Assert.Equal(ArticleFormat.Word, document.Format);
        Assert.Equal("Briefing on Kursk", document.Title);
        Assert.Collection(document.Paragraphs, p => Assert.Equal(Lead, p), p => Assert.Equal(Second, p));
    }

    [Fact]
    public void A_broken_docx_is_damaged_with_a_clear_message()
    {
        var result = _reader.Read(ArticleFiles.BrokenDocx(Lead), "briefing.docx");

        Assert.Equal(ArticleReadError.Damaged, result.Error);
        Assert.Contains("Word file is damaged", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_as_encrypted_not_damaged()
    {
        var result = _reader.Read(ArticleFiles.EncryptedPdf(), "locked.pdf");

        Assert.Equal(ArticleReadError.Encrypted, result.Error);
        Assert.Contains("PDF is protected by a password", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_protected_docx_is_known_by_its_encryption_stream_without_its_name()
    {
        var result = _reader.Read(ArticleFiles.LockedDocx(), "upload");

        Assert.Equal(ArticleReadError.Encrypted, result.Error);
    }

    [Fact]
    public void A_password_protected_docx_is_refused_as_encrypted()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var result = _reader.Read(ole, "locked.docx");

        Assert.Equal(ArticleReadError.Encrypted, result.Error);
        Assert.Contains("password", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_named_like_a_pdf_or_docx_is_read_as_text()
    {
        var bytes = Encoding.UTF8.GetBytes(Lead);

        Assert.Equal(ArticleFormat.Text, _reader.Read(bytes, "report.pdf").Document?.Format);
        Assert.Equal(ArticleFormat.Text, _reader.Read(bytes, "report.docx").Document?.Format);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_too_large_before_it_is_opened()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxBytes = 100 });

        Assert.Equal(ArticleReadError.TooLarge, reader.Read(ArticleFiles.Pdf(null, Lead), "report.pdf").Error);
    }
}
