using ClaimTracker.Web.Features.Articles;

namespace ClaimTracker.Web.Tests.Features.Articles;

public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("/abs/path/report.html", "report.html")]
    [InlineData("..", null)]
    [InlineData("   ", null)]
    [InlineData("evil\u202Etxt.exe", "eviltxt.exe")]
    [InlineData("a\u0000b\nc.txt", "abc.txt")]
    [InlineData(".hidden.txt", "hidden.txt")]
    public void A_name_is_cut_to_a_harmless_label(string raw, string? expected) =>
        Assert.Equal(expected, UploadFileName.Clean(raw));

    [Fact]
    public void A_long_name_is_shortened_keeping_its_extension() =>
        Assert.EndsWith(".txt", UploadFileName.Clean(new string('a', 5000) + ".txt")!, StringComparison.Ordinal);

    [Theory]
    [InlineData("article.html", "article.html")]
    [InlineData("article.TXT", "article.TXT")]
    [InlineData("report.pdf", "report")]
    [InlineData("photo.jpg", "photo")]
    public void Only_text_extensions_reach_the_reader(string name, string hint) =>
        Assert.Equal(hint, UploadFileName.AsReaderHint(name));
}
