namespace ClaimTracker.Core.Articles;

/// <summary>
/// An article as read: the cleaned body text that claims point into, its paragraphs, and the metadata
/// the reader could find. <see cref="Text"/> is the paragraphs joined by a blank line.
/// </summary>
/// <remarks>
/// Dates: <see cref="Published"/> is set only when a full date (year, month, day) was found. A dateline such as
/// "SEOUL, March 5 (UPI)" gives a month and day without a year: then <see cref="Published"/> stays null and
/// <see cref="PublishedMonth"/>/<see cref="PublishedDay"/> carry what is known, so the caller (who knows when the
/// article was received) can infer the year and mark the date as inferred. <see cref="PublishedText"/> keeps the
/// words or value the date came from.
/// </remarks>
public sealed record ArticleDocument
{
    public string? Title { get; init; }
    /// <summary>True when <see cref="Title"/> was guessed from the text (its headline-like first line), not stated by metadata.</summary>
    public bool TitleInferred { get; init; }
    public string? Outlet { get; init; }
    /// <summary>True when <see cref="Outlet"/> was guessed from the text (a dateline's agency, a copyright line), not stated by metadata.</summary>
    public bool OutletInferred { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>Month of publication when known, also when the year is not (a dateline's "March 5").</summary>
    public int? PublishedMonth { get; init; }
    /// <summary>Day of the month of publication when known, also when the year is not.</summary>
    public int? PublishedDay { get; init; }
    /// <summary>The date as written where it was found ("2025-03-05T09:00:00+09:00", "March 5").</summary>
    public string? PublishedText { get; init; }
    /// <summary>The dateline that opens the story, as written ("SEOUL, March 5 (UPI)"), when there is one.</summary>
    public string? Dateline { get; init; }
    /// <summary>Where the story was filed from, read from its dateline ("SEOUL" gives "Seoul"): always inferred.</summary>
    public string? Place { get; init; }
    public string? Url { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public required string Text { get; init; }
    /// <summary>The input as received, decoded to text (the upload's own encoding, UTF-16 included) but not cleaned.</summary>
    public string Original { get; init; } = "";
    public ArticleFormat Format { get; init; }
    /// <summary>Things the reader noticed but worked around (broken markup, guessed encoding).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
