using System.Text;

namespace ClaimTracker.Core.Articles;

/// <summary>Turns uploaded bytes or pasted text (plain or HTML) into an <see cref="ArticleDocument"/>. Never throws on bad input.</summary>
public sealed class ArticleReader(ArticleReaderOptions options)
{
    public ArticleReader() : this(new ArticleReaderOptions())
    {
    }

    public ArticleReaderOptions Options { get; } = options;

    /// <summary>Reads an uploaded file; <paramref name="fileName"/> is only a hint to the format.</summary>
    public ArticleReadResult Read(byte[] content, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return ArticleReadResult.Failure(ArticleReadError.Empty, "The file is empty.");
        }
        if (content.Length > Options.MaxBytes)
        {
            return ArticleReadResult.Failure(ArticleReadError.TooLarge, $"The file is larger than {Options.MaxBytes / (1024 * 1024)} MB.");
        }
        _ = fileName;
        return ReadText(Encoding.UTF8.GetString(content));
    }

    /// <summary>Reads pasted text; text that is really HTML is read as HTML.</summary>
    public ArticleReadResult ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // FIRST CUT: plain text only; the extraction issue adds HTML, encodings, furniture removal and metadata.
        if (text.Length > Options.MaxBytes)
        {
            return ArticleReadResult.Failure(ArticleReadError.TooLarge, $"The text is longer than {Options.MaxBytes / (1024 * 1024)} MB.");
        }
        var paragraphs = text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count == 0)
        {
            return ArticleReadResult.Failure(ArticleReadError.Empty, "The article has no text.");
        }
        return ArticleReadResult.Success(new ArticleDocument
        {
            Title = paragraphs[0],
            Paragraphs = paragraphs,
            Text = string.Join("\n\n", paragraphs),
            Format = ArticleFormat.Text,
        });
    }
}
