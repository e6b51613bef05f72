using System.Text;
using ClaimTracker.Core.Articles;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Ingest;

public sealed class IngestServiceTests : IAsyncLifetime
{
    private const string Article = """
        Pyongyang sends more troops

        North Korea has sent 3,000 troops to Russia, officials said on Monday.
        Another 2,000 soldiers are expected to follow.
        """;

    private TempStore store = null!;
    private IngestService ingest = null!;

    public async Task InitializeAsync()
    {
        store = await TempStore.CreateAsync();
        ingest = store.Services.GetRequiredService<IngestService>();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_pasted_article_is_saved_with_its_claims_and_the_editors_metadata()
    {
        var result = await ingest.IngestAsync(new IngestRequest
        {
            Text = Article,
            Title = "Editor's title",
            Outlet = "Test Wire",
            Url = "https://example.test/1",
            PublishedAt = new DateOnly(2024, 11, 4),
            PublishedInferred = true,
            IngestedBy = "editor@example.test",
        });

        Assert.Equal(IngestOutcome.Saved, result.Outcome);
        Assert.NotNull(result.ArticleId);
        await using var db = await store.OpenAsync();
        var article = await db.Articles.Include(a => a.Claims).SingleAsync(a => a.Id == result.ArticleId);
        Assert.Equal(("Editor's title", "Test Wire", "https://example.test/1"), (article.Title, article.Outlet, article.Url));
        Assert.Equal(new DateOnly(2024, 11, 4), article.PublishedAt);
        Assert.True(article.PublishedInferred);
        Assert.Equal("editor@example.test", article.IngestedBy);
        Assert.Equal(Article, article.Original);
        Assert.Equal(ContentHash.Of(article.Text), article.ContentHash);
        Assert.Equal(result.ClaimCount, article.Claims.Count);
        Assert.NotEmpty(article.Claims);
        // Claims point into the stored cleaned text.
        Assert.All(article.Claims, c =>
        {
            Assert.True(c.Start >= 0 && c.End > c.Start && c.End <= article.Text.Length);
            Assert.Contains(article.Text[c.Start..c.End], c.Quote, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_upload_keeps_its_original_bytes_as_text()
    {
        var original = "Caf\u00e9 report\r\n\r\nAbout 1,500 troops crossed, \u201cofficials\u201d said.\r\n";
        var result = await ingest.IngestAsync(new IngestRequest { Content = Encoding.UTF8.GetBytes(original), FileName = "report.txt" });

        Assert.Equal(IngestOutcome.Saved, result.Outcome);
        await using var db = await store.OpenAsync();
        Assert.Equal(original, await db.Articles.Where(a => a.Id == result.ArticleId).Select(a => a.Original).SingleAsync());
    }

    [Fact]
    public async Task A_duplicate_is_refused_with_the_existing_id_even_when_spacing_case_and_quotes_differ()
    {
        var first = await ingest.IngestAsync(new IngestRequest { Text = Article });
        var variant = Article.Replace("officials said", "OFFICIALS   said", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

        var second = await ingest.IngestAsync(new IngestRequest { Text = variant, Title = "Another title" });

        Assert.Equal(IngestOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.ArticleId, second.ExistingArticleId);
        Assert.Null(second.ArticleId);
        Assert.Contains($"#{first.ArticleId}", second.Message, StringComparison.Ordinal);
        await using var db = await store.OpenAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task The_preview_extracts_without_storing_and_flags_duplicates()
    {
        var before = await ingest.PreviewAsync(new IngestRequest { Text = Article, Outlet = "Preview Wire" });
        Assert.Null(before.DuplicateOfArticleId);
        Assert.Equal("Preview Wire", before.Document?.Outlet);
        Assert.NotEmpty(before.Claims);
        await using (var db = await store.OpenAsync())
        {
            Assert.Equal(0, await db.Articles.CountAsync());
        }

        var saved = await ingest.IngestAsync(new IngestRequest { Text = Article });
        var after = await ingest.PreviewAsync(new IngestRequest { Text = Article });

        Assert.Equal(saved.ArticleId, after.DuplicateOfArticleId);
    }

    [Fact]
    public async Task Concurrent_ingests_of_the_same_text_store_it_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ingest.IngestAsync(new IngestRequest { Text = Article }))));

        var saved = Assert.Single(results, r => r.Outcome == IngestOutcome.Saved);
        Assert.All(results.Where(r => r != saved), r =>
        {
            Assert.Equal(IngestOutcome.Duplicate, r.Outcome);
            Assert.Equal(saved.ArticleId, r.ExistingArticleId);
        });
        await using var db = await store.OpenAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Twenty_concurrent_ingests_of_different_articles_are_all_stored()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            ingest.IngestAsync(new IngestRequest { Text = Article.Replace("3,000", $"{i},000", StringComparison.Ordinal) }))));

        Assert.All(results, r => Assert.Equal(IngestOutcome.Saved, r.Outcome));
        Assert.Equal(20, results.Select(r => r.ArticleId).Distinct().Count());
        await using var db = await store.OpenAsync();
        Assert.Equal(20, await db.Articles.CountAsync());
    }

    // Built in the test, not passed as theory data: xunit would serialize a 6 MB array at discovery.
    private static byte[] Upload(string kind) => kind switch
    {
        "empty" => [],
        "binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0],
        "oversize" => Encoding.UTF8.GetBytes(new string('x', 6 * 1024 * 1024)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [InlineData("empty", ArticleReadError.Empty)]
    [InlineData("binary", ArticleReadError.Binary)]
    [InlineData("oversize", ArticleReadError.TooLarge)]
    public async Task Unreadable_uploads_get_their_own_error_and_store_nothing(string kind, ArticleReadError expected)
    {
        var result = await ingest.IngestAsync(new IngestRequest { Content = Upload(kind), FileName = $"{kind}.txt" });

        Assert.Equal(IngestOutcome.Invalid, result.Outcome);
        Assert.Equal(expected, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Null(result.ArticleId);
        await using var db = await store.OpenAsync();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.Claims.CountAsync());
    }

    [Fact]
    public async Task A_request_with_nothing_in_it_is_refused()
    {
        var result = await ingest.IngestAsync(new IngestRequest { Title = "Only a title" });

        Assert.Equal(IngestOutcome.Invalid, result.Outcome);
        Assert.Equal(ArticleReadError.Empty, result.Error);
    }

    [Fact]
    public async Task A_failure_while_saving_claims_leaves_no_half_article()
    {
        await using (var db = await store.OpenAsync())
        {
            // Make the database refuse claims, so the article row is written and then must be rolled back.
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_claims BEFORE INSERT ON Claims BEGIN SELECT RAISE(ABORT, 'claims refused'); END;");
        }

        // One article is written like an import batch of one, through the provider's own insert, so the refusal comes
        // back as the provider's DbException rather than EF Core's DbUpdateException; either is a database failure.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ingest.IngestAsync(new IngestRequest { Text = Article }));
        Assert.True(error is System.Data.Common.DbException or DbUpdateException, $"expected a database error, got {error.GetType()}");
        Assert.Contains("claims refused", error.ToString(), StringComparison.Ordinal);

        await using (var db = await store.OpenAsync())
        {
            Assert.Equal(0, await db.Articles.CountAsync());
        }
    }

    [Theory]
    [InlineData("A  b\n\tc", "a b c")]
    [InlineData("\u201cQuoted\u201d \u2018text\u2019", "\"quoted\" 'text'")]
    [InlineData("  Trim me  ", "trim me")]
    public void The_content_hash_ignores_spacing_case_and_curly_quotes(string text, string normalized)
    {
        Assert.Equal(normalized, ContentHash.Normalize(text));
        Assert.Equal(ContentHash.Of(normalized), ContentHash.Of(text));
        Assert.Matches("^[0-9a-f]{64}$", ContentHash.Of(text));
    }

    [Theory]
    [InlineData("North Korea has sent 10,000 troops.")]
    [InlineData("  \u201cQuoted\u201d\u00a0\u2003text \u2028 with \u201Aodd\u201B \u201E\u201F quotes\r\n\tand\u0085NEL  ")]
    [InlineData("\u0130stanbul \u0391\u0392\u0393 \U00010400 Deseret, a lone \ud800 surrogate")]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void The_content_hash_is_the_one_stores_already_hold(string text)
    {
        // The fingerprint as first written (a regular expression, then a string per step): stored articles carry it,
        // so a faster way of computing it must give the same digest or re-uploads stop being recognised.
        var straight = text
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201A', '\'').Replace('\u201B', '\'')
            .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"').Replace('\u201F', '"');
        var normalized = System.Text.RegularExpressions.Regex.Replace(straight, @"\s+", " ").Trim().ToLowerInvariant();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(normalized)));

        Assert.Equal(normalized, ContentHash.Normalize(text));
        Assert.Equal(expected, ContentHash.Of(text));
    }
}
