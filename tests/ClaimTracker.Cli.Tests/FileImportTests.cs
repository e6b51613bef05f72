using ClaimTracker.Cli.Commands;
using ClaimTracker.Core.Tests.Articles;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Cli.Tests;

/// <summary><c>claimtracker import</c> and <c>extract</c> read PDF and Word files like text and HTML.</summary>
public sealed class FileImportTests : IDisposable
{
    private const string Figure = "The defence ministry said 6,000 North Korean troops had been deployed to the Kursk region.";

    private readonly string folder = Directory.CreateTempSubdirectory("claimtracker-files-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(folder, "claimtracker.db")};Pooling=False";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Import_stores_a_pdf_and_a_docx_with_their_figures_and_keeps_the_files()
    {
        var articles = Directory.CreateDirectory(Path.Combine(folder, "articles")).FullName;
        var pdf = ArticleFiles.Pdf("Situation report", Figure);
        await File.WriteAllBytesAsync(Path.Combine(articles, "sitrep.pdf"), pdf);
        await File.WriteAllBytesAsync(Path.Combine(articles, "briefing.docx"), ArticleFiles.Docx("Briefing", Figure.Replace("6,000", "7,500", StringComparison.Ordinal)));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await ImportCommand.RunAsync([articles, "--connection", ConnectionString], output, error);

        Assert.Equal(0, code);
        Assert.Contains("2 files: 2 saved", output.ToString(), StringComparison.Ordinal);
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.Format, c.Value, a.OriginalFile FROM Articles a JOIN Claims c ON c.ArticleId = a.Id WHERE c.Value IN (6000, 7500) ORDER BY c.Value";
        await using var rows = await command.ExecuteReaderAsync();
        Assert.True(await rows.ReadAsync());
        Assert.Equal(("Pdf", 6000d), (rows.GetString(0), rows.GetDouble(1)));
        Assert.Equal(pdf, (byte[])rows[2]);
        Assert.True(await rows.ReadAsync());
        Assert.Equal(("Word", 7500d), (rows.GetString(0), rows.GetDouble(1)));
    }

    [Fact]
    public void Extract_prints_the_figure_of_a_pdf()
    {
        var path = Path.Combine(folder, "sitrep.pdf");
        File.WriteAllBytes(path, ArticleFiles.Pdf(null, Figure));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ExtractCommand.Run([path], output, error);

        Assert.Equal(0, code);
        Assert.Contains("\"value\":6000", output.ToString(), StringComparison.Ordinal);
    }
}
