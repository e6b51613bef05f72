using System.Text.Json;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Data;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Features.ApiContract;
using ClaimTracker.Web.Features.Claims;
using ClaimTracker.Web.Features.Ingest;
using ClaimTracker.Web.Features.UrlIngest;
using ClaimTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClaimTracker.Web.Features.Articles;

/// <summary>POST /api/articles, GET /api/articles, GET /api/articles/{id} and DELETE /api/articles/{id}.</summary>
public static class ArticleEndpoints
{
    private static readonly FormOptions UploadForm = new()
    {
        MultipartBodyLengthLimit = RequestLimits.MaxRequestBytes,
        ValueLengthLimit = RequestLimits.MaxFormValueLength,
        ValueCountLimit = RequestLimits.MaxFormFields,
    };

    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var articles = api.MapGroup("/articles").WithTags("Articles")
            .WithTagDescription("Articles", "News articles: ingest one (text, HTML, a file or a link) and read the stored ones with their claims.");
        articles.MapGet("/", ListAsync).WithName("ListArticles")
            .WithSummary("Stored articles, newest first, with their claim counts. Paged: ?page=1&pageSize=500 (at most 1000), or ?after={last article id} "
                + "(keyset: as fast deep in the list); X-Total-Count and Link headers.")
            .WithPaging()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        articles.MapGet("/{id:int}", GetAsync).WithName("GetArticle").WithSummary("One article with its text and claims.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteArticle")
            .RequireAuthorization(AccessPolicies.Write)
            .WithSummary("Deletes an article with its claims, which leave the comparison; the audit keeps who deleted it. 204; 404 when there is no such article.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        articles.MapPost("/", CreateAsync).WithName("CreateArticle")
            .RequireAuthorization(AccessPolicies.Write)
            .WithSummary("Ingests an article: JSON {title, outlet, url, author, publishedAt, text | html}, JSON {url} alone (the server fetches "
                + "the page; 422 for a private address or a non-article, 502 when the site fails), or a multipart upload (field 'file': "
                + ".txt, .html, .pdf, .docx, plus the same metadata fields). 201 with the article and its claims; 409 with existingId for a duplicate.")
            .Accepts<ArticleSubmission>("application/json", "multipart/form-data")
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                // Accepts<> gives every media type one schema; an upload is a file part with the same metadata fields.
                if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) == true)
                {
                    form.Schema = await context.GetOrCreateSchemaAsync(typeof(ArticleUpload), cancellationToken: cancellationToken);
                }
            })
            .Produces<ArticleDetail>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces<DuplicateArticleProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .WithRequestExample("text", "An article's text with its metadata",
                """{"title":"Border report","outlet":"Example Times","url":"https://news.example/border-report","author":"A. Writer","publishedAt":"2025-03-05","text":"The defence ministry said on Monday that 10,000 troops had arrived at the border."}""")
            .WithRequestExample("link", "A link alone: the server fetches and reads the page",
                """{"url":"https://news.example/border-report"}""");
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int id, HttpContext context, ArticleDeletion deletion, CancellationToken cancellationToken) =>
        await deletion.DeleteAsync(id, context.User, cancellationToken) switch
        {
            { Outcome: ArticleDeletionOutcome.Deleted } => TypedResults.NoContent(),
            { Outcome: ArticleDeletionOutcome.Refused, Message: var refused } =>
                TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: refused),
            _ => NotFound(id),
        };

    private static async Task<Results<Ok<List<ArticleSummary>>, ProblemHttpResult>> ListAsync(
        HttpContext context, IDbContextFactory<ClaimTrackerDb> dbFactory, int? page, int? pageSize, int? after, CancellationToken cancellationToken)
    {
        var (paging, error) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad paging", detail: error);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.Articles.CountAsync(cancellationToken);
        var listed = db.Articles.AsNoTracking();
        var skip = paging.Skip;
        if (after is int afterId)
        {
            // Newest first, undated last (SQLite sorts NULL lowest), then by id: the rows after the cursor's place.
            var cursor = await db.Articles.AsNoTracking().Where(a => a.Id == afterId).Select(a => new { a.PublishedAt }).FirstOrDefaultAsync(cancellationToken);
            var published = cursor?.PublishedAt;
            listed = cursor is null ? listed.Where(a => false)
                : published is null ? listed.Where(a => a.PublishedAt == null && a.Id > afterId)
                : listed.Where(a => a.PublishedAt < published || a.PublishedAt == null || (a.PublishedAt == published && a.Id > afterId));
            skip = 0;
        }
        var articles = await PublishedOrder.NewestFirst(listed, db.Database).ThenBy(a => a.Id)
            .Skip(skip).Take(paging.PageSize)
            .Select(a => new ArticleSummary
            {
                Id = a.Id,
                Title = a.Title,
                Outlet = a.Outlet,
                Published = a.PublishedAt,
                PublishedInferred = a.PublishedInferred,
                PublishedPrecision = a.PublishedPrecision,
                ClaimCount = a.Claims.Count,
            })
            .ToListAsync(cancellationToken);
        if (after is not null)
        {
            paging.WriteAfterHeaders(context, total, articles.Count == paging.PageSize ? articles[^1].Id : null);
        }
        else
        {
            paging.WriteHeaders(context, total);
        }
        return TypedResults.Ok(articles);
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync(
        int id, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        var article = await LoadAsync(id, dbFactory, cancellationToken);
        return article is null
            ? NotFound(id)
            : TypedResults.Ok(article);
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"There is no article #{id}.");

    private static async Task<IResult> CreateAsync(
        HttpContext context, IngestService ingest, LinkIngest links, IDbContextFactory<ClaimTrackerDb> dbFactory, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > RequestLimits.MaxRequestBytes)
        {
            return TooLarge();
        }

        (IngestRequest? Request, IResult? Problem) submission;
        try
        {
            submission = request.HasJsonContentType()
                ? await ReadJsonAsync(request, json.Value.SerializerOptions, cancellationToken)
                : IsMultipart(request)
                    ? await ReadMultipartAsync(request, cancellationToken)
                    : (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                        "Send application/json ({\"title\":…,\"text\":…}) or multipart/form-data with the article in a field named 'file'."));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (submission.Request is null)
        {
            return submission.Problem!;
        }

        // The principal overload checks the role again and records who ingested it.
        IngestResult result;
        if (submission.Request is { Content: null, Text: null, Url: { } link })
        {
            var fetched = await links.IngestAsync(link, submission.Request, context.User, cancellationToken);
            if (fetched.Ingest is null)
            {
                return LinkProblem(fetched);
            }
            result = fetched.Ingest;
        }
        else
        {
            result = await ingest.IngestAsync(submission.Request, context.User, cancellationToken);
        }
        switch (result.Outcome)
        {
            case IngestOutcome.Forbidden:
                return Problem(StatusCodes.Status403Forbidden, "Not allowed", result.Message ?? WriteAccess.RefusedMessage);
            case IngestOutcome.Saved:
                var article = await LoadAsync(result.ArticleId!.Value, dbFactory, cancellationToken);
                return TypedResults.Created($"/api/articles/{result.ArticleId}", article);
            case IngestOutcome.Duplicate:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Duplicate article",
                    detail: result.Message,
                    extensions: new Dictionary<string, object?>
                    {
                        ["existingId"] = result.ExistingArticleId,
                        ["existing"] = $"/api/articles/{result.ExistingArticleId}",
                    });
            default:
                if (result.Errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(
                        result.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), detail: result.Message, title: "The article's details are not valid");
                }
                var status = result.Error switch
                {
                    ArticleReadError.TooLarge => StatusCodes.Status413PayloadTooLarge,
                    ArticleReadError.Binary or ArticleReadError.UnsupportedType => StatusCodes.Status415UnsupportedMediaType,
                    ArticleReadError.TooExpensive => StatusCodes.Status422UnprocessableEntity,
                    ArticleReadError.Encrypted or ArticleReadError.Damaged => StatusCodes.Status422UnprocessableEntity,
                    _ => StatusCodes.Status400BadRequest,
                };
                return TypedResults.Problem(
                    statusCode: status,
                    title: "The article could not be read",
                    detail: result.Message,
                    extensions: new Dictionary<string, object?> { ["error"] = result.Error is { } e ? SnakeCaseName.Of(e) : null });
        }
    }

    private static async Task<(IngestRequest?, IResult?)> ReadJsonAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        // Read with a cap rather than trusting Content-Length: a chunked body has none.
        var body = await RequestBody.ReadCappedAsync(request.Body, RequestLimits.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return (null, TooLarge());
        }
        ArticleSubmission? submission;
        try
        {
            submission = JsonSerializer.Deserialize<ArticleSubmission>(body, options);
        }
        catch (JsonException e)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The body is not the expected JSON object ({e.Path ?? "$"}, line {e.LineNumber + 1}). Send {{\"title\":…,\"text\":…}} or {{…,\"html\":…}}."));
        }
        return submission is null
            ? (null, Problem(StatusCodes.Status400BadRequest, "Empty request", "Send a JSON object with the article's text or html."))
            : FromFields(submission);
    }

    private static async Task<(IngestRequest?, IResult?)> ReadMultipartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(UploadForm, cancellationToken);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TooLarge());
        }
        catch (InvalidDataException)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed upload", "The multipart body could not be read."));
        }

        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        var submission = new ArticleSubmission
        {
            Title = Field("title"),
            Outlet = Field("outlet"),
            Url = Field("url"),
            Author = Field("author"),
            Place = Field("place"),
            PublishedAt = Field("publishedAt"),
            Text = Field("text"),
            Html = Field("html"),
        };
        if (BadDate(submission) is { } badDate)
        {
            return (null, badDate);
        }

        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        if (file is null)
        {
            return FromFields(submission);
        }
        if (file.Length > RequestLimits.MaxFileBytes)
        {
            return (null, TooLarge());
        }
        if (file.Length == 0)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Empty file", "The uploaded file is empty: there is nothing to read."));
        }
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }
        // The browser's Content-Type for the part and the file's name are claims, not facts: the reader checks the bytes.
        var name = UploadFileName.Clean(file.FileName);
        return (ToRequest(submission) with { Content = content, FileName = UploadFileName.AsReaderHint(name) }, null);
    }

    private static (IngestRequest?, IResult?) FromFields(ArticleSubmission submission)
    {
        if (BadDate(submission) is { } badDate)
        {
            return (null, badDate);
        }
        var hasText = !string.IsNullOrEmpty(submission.Text);
        var hasHtml = !string.IsNullOrEmpty(submission.Html);
        if (hasText && hasHtml)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Text or HTML, not both", "Send the article either as text or as html."));
        }
        if (!hasText && !hasHtml && !string.IsNullOrWhiteSpace(submission.Url))
        {
            // A link alone: the server fetches the page.
            return (ToRequest(submission), null);
        }
        if (!hasText && !hasHtml)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Empty article", "Nothing to ingest: send the article's text or html, its url, or upload a file."));
        }
        return (ToRequest(submission) with { Text = hasText ? submission.Text : submission.Html }, null);
    }

    private static IngestRequest ToRequest(ArticleSubmission submission)
    {
        var known = DatePrecisionText.TryParse(submission.PublishedAt, out var published, out var precision);
        return new()
        {
            Title = submission.Title,
            Outlet = submission.Outlet,
            Url = submission.Url,
            Author = submission.Author,
            Place = submission.Place,
            PublishedAt = known ? published : null,
            PublishedPrecision = known ? precision : null,
        };
    }

    // A month or a year is a stated date, only less precise; anything else is refused rather than guessed at.
    private static ProblemHttpResult? BadDate(ArticleSubmission submission) =>
        string.IsNullOrWhiteSpace(submission.PublishedAt) || DatePrecisionText.TryParse(submission.PublishedAt, out _, out _)
            ? null
            : Problem(StatusCodes.Status400BadRequest, "Bad date", $"publishedAt must be {DatePrecisionText.Expected}.");

    private static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    // A link the guard refuses or that is not an article is the client's to fix (422); a site that fails is a bad gateway (502).
    private static ProblemHttpResult LinkProblem(LinkIngestResult fetched) => TypedResults.Problem(
        statusCode: fetched.FetchError switch
        {
            FetchError.Unreachable or FetchError.HttpStatus => StatusCodes.Status502BadGateway,
            FetchError.TooLarge => StatusCodes.Status413PayloadTooLarge,
            _ => StatusCodes.Status422UnprocessableEntity,
        },
        title: "The link could not be ingested",
        detail: fetched.Message,
        extensions: new Dictionary<string, object?> { ["error"] = fetched.FetchError is { } e ? SnakeCaseName.Of(e) : null });

    private static ProblemHttpResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, "Too large",
        $"An article may be at most {RequestLimits.MaxFileBytes / (1024 * 1024)} MB, a request at most {RequestLimits.MaxRequestBytes / (1024 * 1024)} MB.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    internal static async Task<ArticleDetail?> LoadAsync(int id, IDbContextFactory<ClaimTrackerDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleDetail
            {
                Id = a.Id,
                Title = a.Title,
                Outlet = a.Outlet,
                Url = a.Url,
                Author = a.Author,
                Place = a.Place,
                Published = a.PublishedAt,
                PublishedInferred = a.PublishedInferred,
                PublishedPrecision = a.PublishedPrecision,
                IngestedAt = a.IngestedAt,
                IngestedBy = a.IngestedBy,
                Format = a.Format,
                Warning = a.Warning,
                Text = a.Text,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }
        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.ArticleId == id)
            .OrderBy(c => c.Start)
            .Select(ClaimProjection.ToView)
            .ToListAsync(cancellationToken);
        return article with { Claims = claims };
    }
}
