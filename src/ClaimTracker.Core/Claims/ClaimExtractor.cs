using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>Finds numeric claims about people in an article's cleaned text. Pure and deterministic.</summary>
public sealed class ClaimExtractor(SourceRegistry registry)
{
    public ClaimExtractor() : this(SourceRegistry.Default)
    {
    }

    public SourceRegistry Registry { get; } = registry;

    /// <summary>Claims in <paramref name="text"/>; relative dates resolve against <paramref name="published"/>.</summary>
    public IReadOnlyList<ExtractedClaim> Extract(string text, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // FIRST CUT: a number directly followed by a people noun. The extraction issue replaces this.
        var claims = new List<ExtractedClaim>();
        foreach (var number in NumberRecognizer.Find(text))
        {
            var after = text.AsSpan(number.End).TrimStart();
            var nextWord = after.Length > 0 ? after[..Math.Min(after.Length, 12)].ToString() : "";
            if (!nextWord.StartsWith("troops", StringComparison.OrdinalIgnoreCase)
                && !nextWord.StartsWith("soldiers", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var sentenceStart = Math.Max(0, text.LastIndexOfAny(['.', '\n'], Math.Max(0, number.Start - 1)) + 1);
            var sentenceEnd = text.IndexOfAny(['.', '\n'], number.End);
            if (sentenceEnd < 0)
            {
                sentenceEnd = text.Length;
            }
            var quote = text[sentenceStart..sentenceEnd].Trim();
            claims.Add(new ExtractedClaim
            {
                Value = number.Value,
                Subject = "troops",
                Metric = Metric.Deployed,
                Quote = quote,
                QuoteStart = text.IndexOf(quote, sentenceStart, StringComparison.Ordinal),
                MentionText = number.Text,
                Start = number.Start,
                End = number.End,
            });
        }
        _ = published;
        _ = Registry;
        return claims;
    }
}
