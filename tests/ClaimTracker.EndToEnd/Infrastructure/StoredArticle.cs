namespace ClaimTracker.EndToEnd.Infrastructure;

public sealed record StoredArticle(int Id, string Title, string Text, string Original)
{
    /// <summary>
    /// A phrase of the article body that contains no digits, so number highlighting cannot split it
    /// across elements, and that is long enough to be unique to this article.
    /// </summary>
    public string BodyPhrase()
    {
        var line = Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l != Title && l.Length > 60)
            .SelectMany(l => l.Split(". "))
            .Select(s => s.Trim())
            .FirstOrDefault(s => s.Length >= 30 && !s.Any(char.IsDigit))
            ?? throw new InvalidOperationException($"Article {Id} has no digit-free sentence to look for.");
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
        return string.Join(' ', words);
    }
}
