using System.Text;
using ClaimTracker.Core.Articles;

namespace ClaimTracker.Core.Tests.Articles;

public sealed class ArticleReaderErrorTests
{
    private readonly ArticleReader _reader = new();

    [Fact]
    public void Empty_file_is_refused_as_empty()
    {
        var result = _reader.Read([], "article.txt");

        Assert.Equal(ArticleReadError.Empty, result.Error);
        Assert.Contains("empty", result.ErrorMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Document);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \n\n  \u00A0")]
    public void Whitespace_only_text_is_refused_as_empty(string text)
    {
        Assert.Equal(ArticleReadError.Empty, _reader.ReadText(text).Error);
        Assert.Equal(ArticleReadError.Empty, _reader.Read(Encoding.UTF8.GetBytes(text + " "), "a.txt").Error);
    }

    [Fact]
    public void Whitespace_only_message_says_there_is_no_text()
    {
        var result = _reader.ReadText(" \n\n ");

        Assert.Contains("blank", result.ErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void File_over_the_limit_is_refused_as_too_large()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxBytes = 1024 });
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Officials said 40 people were killed. ", 40)));

        var result = reader.Read(bytes, "big.txt");

        Assert.Equal(ArticleReadError.TooLarge, result.Error);
        Assert.Contains("MB", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_limit_is_five_megabytes()
    {
        var justOver = new byte[5 * 1024 * 1024 + 1];
        Array.Fill(justOver, (byte)'a');

        Assert.Equal(5 * 1024 * 1024, new ArticleReaderOptions().MaxBytes);
        Assert.Equal(ArticleReadError.TooLarge, _reader.Read(justOver, "big.txt").Error);
        Assert.Equal(ArticleReadError.TooLarge, _reader.ReadText(new string('a', 5 * 1024 * 1024 + 1)).Error);
    }

    [Fact]
    public void Pasted_text_over_the_limit_in_utf8_bytes_is_too_large()
    {
        var reader = new ArticleReader(new ArticleReaderOptions { MaxBytes = 1000 });
        // 400 Cyrillic letters: 400 characters but 800 UTF-8 bytes, then 300 more → over 1000 bytes.
        var text = new string('ж', 400) + " " + new string('ж', 150);

        Assert.Equal(ArticleReadError.TooLarge, reader.ReadText(text).Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "JPEG")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "ZIP")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "old Microsoft Office")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0 }, "gzip")]
    public void Known_binary_formats_are_refused_as_binary_naming_the_format(byte[] bytes, string format)
    {
        var result = _reader.Read(bytes, "article.txt");

        Assert.Equal(ArticleReadError.Binary, result.Error);
        Assert.Contains(format, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_with_nul_characters_are_binary()
    {
        var bytes = Encoding.ASCII.GetBytes("North Korea sent 10,000 troops\0\u0001\0 to Russia.");

        Assert.Equal(ArticleReadError.Binary, _reader.Read(bytes, null).Error);
    }

    [Fact]
    public void Bytes_with_many_control_characters_are_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 + (i % 7) : 'a')).ToArray();

        Assert.Equal(ArticleReadError.Binary, _reader.Read(bytes, null).Error);
    }

    [Fact]
    public void Pasted_text_with_nul_characters_is_binary()
    {
        Assert.Equal(ArticleReadError.Binary, _reader.ReadText("some text\0\0\0 and more").Error);
    }

    [Theory]
    [InlineData("report.doc")]
    [InlineData("sheet.XLSX")]
    [InlineData("photo.jpg")]
    public void Unsupported_file_types_are_refused_by_name(string fileName)
    {
        var result = _reader.Read(Encoding.UTF8.GetBytes("Some text that happens to be here."), fileName);

        Assert.Equal(ArticleReadError.UnsupportedType, result.Error);
        Assert.Contains(Path.GetExtension(fileName), result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_readable_text_is_refused_as_no_text()
    {
        const string html = """
            <!doctype html><html><head><title></title><script>var troops = 10000;</script><style>p{color:red}</style></head>
            <body><nav><a href="/">Home</a></nav><div><img src="a.png"></div><script>track()</script></body></html>
            """;

        var result = _reader.Read(Encoding.UTF8.GetBytes(html), "page.html");

        Assert.Equal(ArticleReadError.NoText, result.Error);
        Assert.Contains("no readable text", result.ErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Text_made_only_of_page_furniture_is_refused_as_no_text()
    {
        var result = _reader.ReadText("Home News World Politics\n3 min read\nShare Facebook Twitter\n#\n");

        Assert.Equal(ArticleReadError.NoText, result.Error);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(1234);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 3000)];
            random.NextBytes(bytes);
            var result = _reader.Read(bytes, i % 2 == 0 ? "x.html" : "x.txt");
            Assert.True(result.Succeeded || result.Error is not null);
            Assert.Equal(result.Succeeded, result.ErrorMessage is null);
        }
    }

    [Fact]
    public void Random_markup_never_throws()
    {
        var random = new Random(99);
        string[] pieces = ["<p>", "</p>", "<div class=\"nav\">", "</div>", "<!--", "-->", "<script>", "</script>", "<table><tr><td>", "&amp;", "&#x0;",
            "<<", ">>", "Troops", " 1,200 soldiers were killed. ", "<html>", "<body>", "<meta charset=\"utf-16\">", "<![CDATA[", "\"", "<a href='", "'>"];
        for (var i = 0; i < 200; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = _reader.ReadText("<html>" + html);
            Assert.True(result.Succeeded || result.Error == ArticleReadError.NoText, html);
        }
    }
}
