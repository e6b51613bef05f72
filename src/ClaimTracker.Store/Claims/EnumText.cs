using System.Text.Json;

namespace ClaimTracker.Store.Claims;

/// <summary>Enum values as they appear in URLs and JSON (killed_or_wounded) and as people read them (killed or wounded).</summary>
public static class EnumText
{
    public static string Slug<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static string Label<T>(T value) where T : struct, Enum => Slug(value).Replace('_', ' ');

    public static T? Parse<T>(string? slug) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        var compact = slug.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(compact, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
    }
}
