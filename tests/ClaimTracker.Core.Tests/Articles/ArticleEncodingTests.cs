using System.Text;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

public sealed class ArticleEncodingTests
{
    private const string Sentence = "Kyiv’s forces said “about 1,500” soldiers — mostly conscripts — had been captured near Kharkiv.";
    private readonly ArticleReader _reader = new();

    static ArticleEncodingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sentence)).ToArray();

        var document = _reader.Read(bytes, "a.txt").Document!;

        Assert.Equal(Sentence, document.Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Utf16_little_endian_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sentence)).ToArray();

        Assert.Equal(Sentence, _reader.Read(bytes, "a.txt").Document!.Text);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_decoded()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sentence)).ToArray();

        Assert.Equal(Sentence, _reader.Read(bytes, "a.txt").Document!.Text);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised_not_refused_as_binary()
    {
        var result = _reader.Read(Encoding.Unicode.GetBytes("The ministry said 300 workers were evacuated from the plant."), "a.txt");

        Assert.True(result.Succeeded, result.ErrorMessage);
        Assert.Equal("The ministry said 300 workers were evacuated from the plant.", result.Document!.Text);
        Assert.Contains(result.Document.Warnings, w => w.Contains("UTF-16", StringComparison.Ordinal));
    }

    [Fact]
    public void The_original_of_utf16_without_bom_is_the_decoded_text_without_nul_characters()
    {
        const string original = "Border report\n\nThe ministry said 300 workers were evacuated from the plant.";

        var document = _reader.Read(Encoding.Unicode.GetBytes(original), "a.txt").Document!;

        Assert.Equal(original, document.Original);
        Assert.DoesNotContain('\0', document.Original);
    }

    [Fact]
    public void The_original_of_a_page_in_a_declared_charset_is_decoded_in_that_charset()
    {
        const string html = "<html><head><meta charset=\"windows-1251\"><title>Пленные</title></head><body><p>Около 1500 военных попали в плен.</p></body></html>";

        var document = _reader.Read(Encoding.GetEncoding(1251).GetBytes(html), "page.html").Document!;

        Assert.Equal(html, document.Original);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        // 0x92 is Windows-1252's right single quote, 0x93/0x94 its double quotes, 0x96 an en dash.
        byte[] bytes = [.. "Ukraine"u8, 0x92, .. "s army said "u8, 0x93, .. "at least 50"u8, 0x94, .. " attackers were killed "u8, 0x96, .. " officials."u8];

        var document = _reader.Read(bytes, "a.txt").Document!;

        Assert.Equal("Ukraine’s army said “at least 50” attackers were killed – officials.", document.Text);
        Assert.Contains(document.Warnings, w => w.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_utf8_is_not_mistaken_for_windows_1252()
    {
        var document = _reader.Read(Encoding.UTF8.GetBytes(Sentence), "a.txt").Document!;

        Assert.Equal(Sentence, document.Text);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Meta_charset_selects_the_encoding()
    {
        const string body = "Киев заявил, что около 1500 военных попали в плен под Харьковом, сообщили официальные лица.";
        var html = $"<html><head><meta charset=\"windows-1251\"><title>Пленные</title></head><body><article><p>{body}</p></article></body></html>";
        var bytes = Encoding.GetEncoding(1251).GetBytes(html);

        var document = _reader.Read(bytes, "page.html").Document!;

        Assert.Equal(body, document.Text);
        Assert.Equal("Пленные", document.Title);
    }

    [Fact]
    public void Http_equiv_content_type_charset_selects_the_encoding()
    {
        const string body = "Le ministère a déclaré qu’environ 2 000 soldats étaient arrivés à la frontière cette semaine.";
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>{body}</p></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        var document = _reader.Read(bytes, "page.htm").Document!;

        Assert.Equal(body, document.Text);
    }

    [Fact]
    public void Page_declaring_utf8_with_invalid_bytes_falls_back_to_windows_1252()
    {
        byte[] bytes = [.. "<html><head><meta charset=\"utf-8\"></head><body><p>The army\u0027s spokesman said "u8, 0x93, .. "about 200"u8, 0x94,
            .. " fighters had surrendered in the town overnight, officials confirmed.</p></body></html>"u8];

        var document = _reader.Read(bytes, "page.html").Document!;

        Assert.Contains("“about 200”", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Warnings, w => w.Contains("declares UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_declared_charset_is_ignored()
    {
        var html = "<html><head><meta charset=\"x-made-up\"></head><body><p>About 40 people were injured in the blast, police said on Sunday evening.</p></body></html>";

        var result = _reader.Read(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal("About 40 people were injured in the blast, police said on Sunday evening.", result.Document!.Text);
    }
}
