using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Core.Tests.Articles;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Web.Tests.Features.Ingest;

/// <summary>Locked, broken and scanned PDF and Word uploads through POST /api/articles: a clear problem, and nothing stored.</summary>
public sealed class UnreadableFileApiTests(ClaimTrackerAppFactory app) : IClassFixture<ClaimTrackerAppFactory>
{
    private const string Lead = "The ministry said 4,000 troops had been deployed to the northern border by Friday.";

    public static TheoryData<string, string, string, string> LockedOrBroken => new()
    {
        { "locked.pdf", "encrypted", "encrypted", "PDF is protected by a password" },
        { "truncated.pdf", "truncated-pdf", "damaged", "PDF is damaged or incomplete" },
        { "broken.docx", "broken-docx", "damaged", "Word file is damaged" },
        { "locked.docx", "ole", "encrypted", "Word file is protected by a password" },
    };

    [Theory]
    [MemberData(nameof(LockedOrBroken))]
    public async Task A_locked_or_broken_file_is_a_422_saying_why_and_nothing_is_stored(string name, string kind, string error, string message)
    {
        using var client = await EditorClient.CreateAsync(app);
        var before = await ArticleCountAsync();

        using var response = await UploadAsync(client, Bytes(kind), name);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal(error, problem.GetProperty("error").GetString());
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await ArticleCountAsync());
    }

    [Fact]
    public async Task A_scanned_pdf_says_there_is_no_text_in_this_pdf_and_nothing_is_stored()
    {
        using var client = await EditorClient.CreateAsync(app);
        var before = await ArticleCountAsync();

        using var response = await UploadAsync(client, ArticleFiles.PdfWithoutText(), "scan.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("no_text", problem.GetProperty("error").GetString());
        Assert.Contains("no text in this PDF", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await ArticleCountAsync());
    }

    internal static byte[] Bytes(string kind) => kind switch
    {
        "encrypted" => ArticleFiles.EncryptedPdf(),
        "truncated-pdf" => ArticleFiles.TruncatedPdf(Lead),
        "broken-docx" => ArticleFiles.BrokenDocx(Lead),
        _ => ArticleFiles.LockedDocx(),
    };

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        return await client.PostAsync("/api/articles", form);
    }

    private async Task<int> ArticleCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClaimTrackerDb>>().CreateDbContextAsync();
        return await db.Articles.CountAsync();
    }
}
