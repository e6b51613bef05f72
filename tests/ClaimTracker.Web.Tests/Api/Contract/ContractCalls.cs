using System.Net.Http.Json;
using System.Text.Json;
using static ClaimTracker.Web.Tests.Api.Contract.ContractCall;

namespace ClaimTracker.Web.Tests.Api.Contract;

/// <summary>
/// The walk's requests, by operation id: valid ones (in an order where each finds what it needs: the feed paused before
/// it is deleted) and invalid ones. A new endpoint fails <see cref="ContractTests"/> until it has a valid call here.
/// </summary>
public static class ContractCalls
{
    private const int Missing = 999_999;

    public static async Task<List<ContractCall>> ValidAsync(HttpClient editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var seeds = await SeedsAsync(editor);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var row = $"rowSubject={Uri.EscapeDataString(seeds.RowSubject)}&rowMetric={seeds.RowMetric}&rowStatus={seeds.RowStatus}";
        var registered = (await editor.GetFromJsonAsync<JsonElement>(new Uri("/api/sources?status=registered", UriKind.Relative)))[0]
            .GetProperty("id").GetInt32();
        return
        [
            new("ListArticles", "GET", "/api/articles?pageSize=2", Anonymous),
            new("CreateArticle", "POST", "/api/articles", Editor,
                Json(JsonSerializer.Serialize(new { title = $"Contract {tag}", outlet = "Contract Times", text = EditorArticle(tag) }))),
            new("CreateArticle", "POST", "/api/articles", Editor, Upload($"contract-{tag}.txt", EditorArticle(tag + "-upload"))),
            new("GetArticle", "GET", $"/api/articles/{seeds.ArticleId}", Anonymous),
            new("DeleteArticle", "DELETE", $"/api/articles/{await PostAsync(editor, tag)}", Editor),
            new("ListClaims", "GET", "/api/claims?pageSize=5&metric=deployed", Anonymous),
            new("GetClaim", "GET", $"/api/claims/{seeds.ClaimId}", Anonymous),
            new("CorrectClaim", "PATCH", $"/api/claims/{seeds.ClaimId}", Editor,
                Json($$"""{"version":{{seeds.ClaimVersion}},"review":"confirmed"}""", "application/merge-patch+json")),
            new("GetComparison", "GET", "/api/comparison?pageSize=5", Anonymous),
            new("GetComparisonRow", "GET", $"/api/comparison/row?{row}", Anonymous),
            new("GetComparisonCell", "GET", $"/api/comparison/cell?{row}&source={Uri.EscapeDataString(seeds.CellSource)}", Anonymous),
            new("ListSources", "GET", "/api/sources", Anonymous),
            new("ApproveSource", "POST", $"/api/sources/{await ProposeAsync(editor, "Mines", tag)}/approve", Editor),
            new("MergeSource", "POST", $"/api/sources/{await ProposeAsync(editor, "Irrigation", tag)}/merge?into={registered}", Editor),
            new("RejectSource", "POST", $"/api/sources/{await ProposeAsync(editor, "Fisheries", tag)}/reject", Editor),
            new("GetClaimReview", "GET", $"/api/claims/{seeds.ClaimId}/claimreview", Anonymous),
            new("GetCurrentUser", "GET", "/api/me", Editor),
            new("ExportClaimsCsv", "GET", "/api/exports/claims.csv?metric=deployed", Anonymous),
            new("ExportClaimsJson", "GET", "/api/exports/claims.json", Anonymous),
            new("ExportClaimReviews", "GET", "/api/exports/claims.claimreview.json?metric=deployed", Anonymous),
            new("ListUsers", "GET", "/api/users", Admin),
            new("CreateUser", "POST", "/api/users", Admin, Json($$"""{"userName":"contract-{{tag}}","role":"Analyst"}""")),
            new("ListFeeds", "GET", "/api/feeds", Anonymous),
            new("AddFeed", "POST", "/api/feeds", Editor, Json($$"""{"url":"https://feeds.example/contract-{{tag}}.xml","outlet":"Contract Times"}""")),
            new("PauseFeed", "POST", $"/api/feeds/{seeds.FeedId}/pause", Editor),
            new("ResumeFeed", "POST", $"/api/feeds/{seeds.FeedId}/resume", Editor),
            new("DeleteFeed", "DELETE", $"/api/feeds/{seeds.FeedId}", Editor),
        ];
    }

    public static async Task<List<ContractCall>> InvalidAsync(HttpClient editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var seeds = await SeedsAsync(editor);
        var duplicate = await editor.GetFromJsonAsync<JsonElement>(new Uri($"/api/articles/{seeds.ArticleId}", UriKind.Relative));
        return
        [
            new("ListArticles", "GET", "/api/articles?page=0", Anonymous, Why: "page 0"),
            new("ListArticles", "GET", "/api/articles?pageSize=many", Anonymous, Why: "not a number"),
            new("CreateArticle", "POST", "/api/articles", Editor, Json("{}"), "nothing to ingest"),
            new("CreateArticle", "POST", "/api/articles", Editor, Json("{\"title\":"), "malformed JSON"),
            new("CreateArticle", "POST", "/api/articles", Editor, Text("Troops arrived."), "text/plain"),
            new("CreateArticle", "POST", "/api/articles", Editor,
                Json(JsonSerializer.Serialize(new { title = "Again", text = duplicate.GetProperty("text").GetString() })), "a duplicate"),
            new("CreateArticle", "POST", "/api/articles", Editor, Json("{\"url\":\"http://127.0.0.1:9/private\"}"), "a private address"),
            new("GetArticle", "GET", $"/api/articles/{Missing}", Anonymous, Why: "no such article"),
            new("DeleteArticle", "DELETE", $"/api/articles/{Missing}", Editor, Why: "no such article"),
            new("ListClaims", "GET", "/api/claims?metric=bogus", Anonymous, Why: "unknown metric"),
            new("GetClaim", "GET", $"/api/claims/{Missing}", Anonymous, Why: "no such claim"),
            new("CorrectClaim", "PATCH", $"/api/claims/{Missing}", Editor, Json("{\"version\":1,\"value\":5}", "application/merge-patch+json"), "no such claim"),
            new("CorrectClaim", "PATCH", $"/api/claims/{seeds.ClaimId}", Editor, Json("{\"version\":1,\"value\":\"many\"}", "application/merge-patch+json"), "a value that is no number"),
            new("CorrectClaim", "PATCH", $"/api/claims/{seeds.ClaimId}", Editor,
                Json($$"""{"version":{{seeds.ClaimVersion}},"value":12345}""", "application/merge-patch+json"), "a stale version"),
            new("CorrectClaim", "PATCH", $"/api/claims/{seeds.ClaimId}", Editor, Text("value=5"), "text/plain"),
            new("GetComparison", "GET", "/api/comparison?from=yesterday", Anonymous, Why: "a date that is no date"),
            new("GetComparisonRow", "GET", "/api/comparison/row?rowSubject=x&rowMetric=bogus&rowStatus=reported", Anonymous, Why: "unknown metric"),
            new("GetComparisonRow", "GET", $"/api/comparison/row?rowSubject=no-such-subject-{Missing}&rowMetric={seeds.RowMetric}&rowStatus={seeds.RowStatus}",
                Anonymous, Why: "no such row"),
            new("GetComparisonCell", "GET", $"/api/comparison/cell?rowSubject=x&rowMetric={seeds.RowMetric}&rowStatus={seeds.RowStatus}", Anonymous, Why: "no source"),
            new("GetComparisonCell", "GET", $"/api/comparison/cell?rowSubject=no-such-subject-{Missing}&rowMetric={seeds.RowMetric}&rowStatus={seeds.RowStatus}&source=none",
                Anonymous, Why: "no such cell"),
            new("GetClaimReview", "GET", $"/api/claims/{Missing}/claimreview", Anonymous, Why: "no such claim"),
            new("GetCurrentUser", "GET", "/api/me", Anonymous, Why: "not signed in"),
            new("ExportClaimsCsv", "GET", "/api/exports/claims.csv?to=tomorrow", Anonymous, Why: "a date that is no date"),
            new("ExportClaimsJson", "GET", "/api/exports/claims.json?metric=bogus", Anonymous, Why: "unknown metric"),
            new("ExportClaimReviews", "GET", "/api/exports/claims.claimreview.json?from=yesterday", Anonymous, Why: "a date that is no date"),
            new("ListSources", "GET", "/api/sources?status=pending", Anonymous, Why: "unknown status"),
            new("ApproveSource", "POST", $"/api/sources/{Missing}/approve", Editor, Why: "no such source"),
            new("MergeSource", "POST", $"/api/sources/{Missing}/merge", Editor, Why: "no target"),
            new("MergeSource", "POST", $"/api/sources/{Missing}/merge?into={Missing}", Editor, Why: "no such source"),
            new("RejectSource", "POST", $"/api/sources/{Missing}/reject", Editor, Why: "no such source"),
            new("ListUsers", "GET", "/api/users", Editor, Why: "not an admin"),
            new("CreateUser", "POST", "/api/users", Admin, Json("{\"userName\":\"\",\"role\":\"Analyst\"}"), "no name"),
            new("CreateUser", "POST", "/api/users", Admin, Text("sam"), "text/plain"),
            new("AddFeed", "POST", "/api/feeds", Editor, Json("{\"url\":\"not a feed address\"}"), "not an address"),
            new("AddFeed", "POST", "/api/feeds", Editor, Json($$"""{"url":"{{seeds.FeedUrl}}"}"""), "already followed"),
            new("AddFeed", "POST", "/api/feeds", Editor, Text("https://feeds.example/x.xml"), "text/plain"),
            new("PauseFeed", "POST", $"/api/feeds/{Missing}/pause", Editor, Why: "no such feed"),
            new("ResumeFeed", "POST", $"/api/feeds/{Missing}/resume", Editor, Why: "no such feed"),
            new("DeleteFeed", "DELETE", $"/api/feeds/{Missing}", Editor, Why: "no such feed"),
        ];
    }

    private static string EditorArticle(string tag) => $"""
        Border report {tag}

        The defence ministry said on Monday that 10,000 troops had arrived at the border near {tag}.
        """;

    /// <summary>Ingests an article crediting a figure to Ethiopia's (unregistered) Ministry of <paramref name="office"/>: the id of the source it proposes.</summary>
    // An article of its own, since the valid call deletes it.
    private static async Task<int> PostAsync(HttpClient editor, string tag)
    {
        using var posted = await editor.PostAsJsonAsync(new Uri("/api/articles", UriKind.Relative), new { text = EditorArticle(tag + "-deleted") });
        posted.EnsureSuccessStatusCode();
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<int> ProposeAsync(HttpClient editor, string office, string tag)
    {
        var text = $"""
            {office} report {tag}

            Ethiopia's Ministry of {office} said on Tuesday that 140 {office} workers had been killed in clashes near Gondar ({tag}).
            """;
        using var posted = await editor.PostAsJsonAsync(new Uri("/api/articles", UriKind.Relative), new { title = $"{office} report {tag}", text });
        posted.EnsureSuccessStatusCode();
        var proposed = await editor.GetFromJsonAsync<JsonElement>(new Uri("/api/sources?status=proposed", UriKind.Relative));
        return proposed.EnumerateArray().Single(s => s.GetProperty("name").GetString()!.Contains($"Ministry of {office}", StringComparison.Ordinal))
            .GetProperty("id").GetInt32();
    }

    private sealed record Seeds(int ArticleId, int ClaimId, int ClaimVersion, string RowSubject, string RowMetric, string RowStatus, string CellSource, int FeedId, string FeedUrl);

    /// <summary>What the valid calls point at: the seeded articles' first claim and comparison row, and a feed made for the walk.</summary>
    private static async Task<Seeds> SeedsAsync(HttpClient editor)
    {
        var claim = (await editor.GetFromJsonAsync<JsonElement>(new Uri("/api/claims?pageSize=1", UriKind.Relative)))[0];
        var comparison = await editor.GetFromJsonAsync<JsonElement>(new Uri("/api/comparison?pageSize=1", UriKind.Relative));
        var row = comparison.GetProperty("rows")[0];
        var column = row.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("figures").GetArrayLength() > 0).GetProperty("column");
        var feedUrl = $"https://feeds.example/contract-seed-{Guid.NewGuid():N}.xml";
        using var added = await editor.PostAsJsonAsync(new Uri("/api/feeds", UriKind.Relative), new { url = feedUrl });
        added.EnsureSuccessStatusCode();
        var feed = await added.Content.ReadFromJsonAsync<JsonElement>();
        return new Seeds(
            claim.GetProperty("articleId").GetInt32(),
            claim.GetProperty("id").GetInt32(),
            claim.GetProperty("version").GetInt32(),
            row.GetProperty("subject").GetString()!,
            row.GetProperty("metric").GetString()!,
            row.GetProperty("status").GetString()!,
            column.GetProperty("sourceId").ValueKind == JsonValueKind.Null ? "none" : column.GetProperty("name").GetString()!,
            feed.GetProperty("id").GetInt32(),
            feedUrl);
    }
}
