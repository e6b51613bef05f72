using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTracker.Store.Ingest;

/// <summary>
/// The fingerprint that recognises a re-upload: SHA-256 (lowercase hex) of the text with whitespace collapsed,
/// case folded and curly quotes made straight, so a copy pasted from another editor still matches.
/// </summary>
public static partial class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))));
    }

    internal static string Normalize(string text)
    {
        var straight = text
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201A', '\'').Replace('\u201B', '\'')
            .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"').Replace('\u201F', '"');
        return Whitespace().Replace(straight, " ").Trim().ToLowerInvariant();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
