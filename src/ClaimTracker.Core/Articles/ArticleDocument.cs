namespace ClaimTracker.Core.Articles;

/// <summary>
/// An article as read: the cleaned body text that claims point into, its paragraphs, and the metadata
/// the reader could find. <see cref="Text"/> is the paragraphs joined by a blank line.
/// </summary>
public sealed record ArticleDocument
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public required string Text { get; init; }
    public ArticleFormat Format { get; init; }
    /// <summary>Things the reader noticed but worked around (broken markup, guessed encoding).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
