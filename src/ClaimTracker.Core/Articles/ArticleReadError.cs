namespace ClaimTracker.Core.Articles;

/// <summary>Why an input could not be read as an article. Each has its own message for the user.</summary>
public enum ArticleReadError
{
    /// <summary>No bytes, or only whitespace.</summary>
    Empty,
    /// <summary>Over <see cref="ArticleReaderOptions.MaxBytes"/>.</summary>
    TooLarge,
    /// <summary>Not text: NUL bytes, many control characters, or a known binary format (PDF, image, archive).</summary>
    Binary,
    /// <summary>A file type the reader does not take (by its name: .pdf, .docx, .jpg, ...).</summary>
    UnsupportedType,
    /// <summary>Markup or text with nothing readable left once page furniture is removed.</summary>
    NoText,
    /// <summary>HTML whose markup would cost far more time to parse than its size warrants (misnested tags, a flood of elements).</summary>
    TooExpensive,
    /// <summary>A PDF or Word file locked with a password.</summary>
    Encrypted,
    /// <summary>A PDF or Word file whose structure is broken (truncated, corrupted, or only named like one).</summary>
    Damaged,
}
