namespace ClaimTracker.Store.Articles;

/// <summary>
/// An uploaded file's name as a browser or script sent it: untrusted. It is cut to its last segment, stripped of
/// control characters and shortened, and only ever used as a label and a format hint, never as a path.
/// </summary>
public static class UploadFileName
{
    private const int MaxLength = 200;
    private static readonly string[] TextExtensions = [".txt", ".text", ".html", ".htm"];

    public static string? Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Both separators, whatever the server's OS: "..\..\etc\passwd" and "../../etc/passwd" end as "passwd".
        var last = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new string([.. last.Where(c => !char.IsControl(c) && !IsDirectionControl(c))]).Trim().TrimStart('.');
        if (clean.Length > MaxLength)
        {
            clean = clean[^MaxLength..];
        }
        return clean.Length == 0 ? null : clean;
    }

    // Embeddings, overrides, isolates and the invisible direction marks: "invoice\u202Elmth.exe" shows as "invoiceexe.html".
    private static bool IsDirectionControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029';

    /// <summary>
    /// The name to give the reader: with its extension only when that names a text format, so the type is decided by
    /// the content (a PDF renamed .txt is still refused as binary; text named .pdf is still read).
    /// </summary>
    public static string? AsReaderHint(string? cleanName)
    {
        if (cleanName is null)
        {
            return null;
        }
        var extension = Path.GetExtension(cleanName);
        return TextExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? cleanName : Path.GetFileNameWithoutExtension(cleanName);
    }
}
