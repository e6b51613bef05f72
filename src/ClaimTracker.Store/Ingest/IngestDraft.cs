using ClaimTracker.Core.Articles;
using ClaimTracker.Store.Articles;

namespace ClaimTracker.Store.Ingest;

/// <summary>One article on the ingest form (an uploaded file or the pasted text): its preview, metadata and fate.</summary>
public sealed class IngestDraft
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public byte[]? Content { get; init; }
    public string? Text { get; init; }
    public long Size { get; init; }
    /// <summary>A file name whose extension tells the reader the format, when <see cref="Name"/> does not (a fetched link).</summary>
    public string? FileHint { get; init; }

    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateTime? Published { get; set; }
    /// <summary>The date the reader inferred (a dateline's day, the year guessed); saved as inferred unless the editor changes it.</summary>
    public DateOnly? InferredPublished { get; set; }

    public IngestPreview? Preview { get; set; }
    public ArticleReadError? Error { get; set; }
    public string? Message { get; set; }
    /// <summary>Why the typed details (title, outlet, URL) could not be stored; the draft stays open to correct them.</summary>
    public string? DetailsProblem { get; set; }
    public int? DuplicateOf { get; set; }
    public int? SavedArticleId { get; set; }
    public int SavedClaimCount { get; set; }
    public bool Busy { get; set; }

    public bool CanSave => Error is null && DuplicateOf is null && SavedArticleId is null && Preview?.Document is not null && !Busy;

    public IngestRequest ToRequest(string? user) => new()
    {
        Content = Content,
        // As the API does: the type is decided by the content, the name only hints at a text format.
        FileName = Content is null ? null : FileHint ?? UploadFileName.AsReaderHint(Name),
        Text = Content is null ? Text : null,
        Title = Title,
        Outlet = Outlet,
        Url = Url,
        PublishedAt = Published is { } p ? DateOnly.FromDateTime(p) : null,
        PublishedInferred = InferredPublished is { } inferred && Published is { } chosen && DateOnly.FromDateTime(chosen) == inferred,
        IngestedBy = user,
    };

    /// <summary>Fills the metadata fields from what the reader found, without overwriting what the editor typed.</summary>
    public void Prefill(ArticleDocument document, bool publishedInferred = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (publishedInferred && Published is null)
        {
            InferredPublished = document.Published;
        }
        Title ??= document.Title;
        Outlet ??= document.Outlet;
        Url ??= document.Url;
        Published ??= document.Published?.ToDateTime(TimeOnly.MinValue);
    }

    /// <summary>A message for each way an input can fail, naming the file.</summary>
    public static string Explain(ArticleReadError error, string name, long size, long maxBytes) => error switch
    {
        ArticleReadError.Empty => $"{name} is empty: there is nothing to read.",
        ArticleReadError.TooLarge => $"{name} is {Megabytes(size)}; each file can be at most {Megabytes(maxBytes)}.",
        ArticleReadError.Binary => $"{name} is not text (an image or an archive?). Upload a .txt, .html, .pdf or .docx file, or paste the article's text.",
        ArticleReadError.UnsupportedType => $"{name} is not a .txt, .html, .htm, .pdf or .docx file.",
        ArticleReadError.Encrypted => $"{name} is protected by a password. Save an unprotected copy and upload that.",
        ArticleReadError.Damaged => $"{name} is damaged or incomplete and could not be opened. Save it again, or paste its text.",
        ArticleReadError.NoText => $"{name} has no article text we could read (only markup, scripts or page furniture).",
        ArticleReadError.TooExpensive => $"{name} is HTML too expensive to read (its markup is broken in ways no article page is). Paste the article's text instead.",
        _ => $"{name} could not be read.",
    };

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024d * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
