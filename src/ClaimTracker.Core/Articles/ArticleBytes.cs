using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Articles;

/// <summary>Turns uploaded bytes into text: recognises binary formats and picks the encoding (BOM, meta charset, UTF-8, Windows-1252).</summary>
internal static partial class ArticleBytes
{
    private const int SniffLength = 8192;

    static ArticleBytes()
    {
        // Windows-1252 and the other legacy code pages live in the shared framework but must be registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Names the binary format the bytes are in, or null when they look like text.</summary>
    public static string? DetectBinary(ReadOnlySpan<byte> bytes)
    {
        if (StartsWith(bytes, "%PDF"u8)) return "a PDF document";
        if (StartsWith(bytes, [0x89, (byte)'P', (byte)'N', (byte)'G'])) return "a PNG image";
        if (StartsWith(bytes, [0xFF, 0xD8, 0xFF])) return "a JPEG image";
        if (StartsWith(bytes, "GIF8"u8)) return "a GIF image";
        if (StartsWith(bytes, "RIFF"u8) && bytes.Length > 12 && bytes[8..12].SequenceEqual("WEBP"u8)) return "a WebP image";
        if (StartsWith(bytes, [(byte)'P', (byte)'K', 3, 4])) return "a ZIP archive (or a Word/OpenDocument file)";
        if (StartsWith(bytes, [0x1F, 0x8B])) return "a gzip archive";
        if (StartsWith(bytes, "7z"u8) && bytes.Length > 2 && bytes[2] == 0xBC) return "a 7-Zip archive";
        if (StartsWith(bytes, "Rar!"u8)) return "a RAR archive";
        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0])) return "an old Microsoft Office document";
        if (StartsWith(bytes, "MZ"u8) && bytes.IndexOf((byte)0) is >= 0 and < 64) return "a program";

        if (Utf16Bom(bytes) is not null || LooksLikeUtf16WithoutBom(bytes))
        {
            return null;
        }
        var sample = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (sample.Contains((byte)0))
        {
            return "binary data (it contains NUL bytes)";
        }
        // Text has few bytes below 0x20 (line ends, tabs): a vectorised search jumps from one to the next instead of
        // testing every byte, which every upload and every imported file pays for.
        var control = 0;
        var rest = sample;
        int at;
        while ((at = rest.IndexOfAnyInRange((byte)1, (byte)0x1F)) >= 0)
        {
            if (rest[at] is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                control++;
            }
            rest = rest[(at + 1)..];
        }
        return control > sample.Length / 20 ? "binary data (many control characters)" : null;
    }

    /// <summary>Decodes the bytes; <paramref name="warning"/> says when the encoding had to be guessed.</summary>
    public static string Decode(byte[] bytes, out string? warning)
    {
        warning = null;
        if (StartsWith(bytes, [0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        if (Utf16Bom(bytes) is { } bom)
        {
            return bom.GetString(bytes, 2, bytes.Length - 2);
        }
        if (LooksLikeUtf16WithoutBom(bytes))
        {
            warning = "The file had no byte-order mark; read it as UTF-16.";
            return Encoding.Unicode.GetString(bytes);
        }

        var declared = DeclaredCharset(bytes);
        if (declared is not null && !IsUtf8Name(declared.WebName))
        {
            return declared.GetString(bytes);
        }
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        warning = declared is null
            ? "The file is not valid UTF-8; read it as Windows-1252."
            : "The file declares UTF-8 but is not valid UTF-8; read it as Windows-1252.";
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static Encoding? Utf16Bom(ReadOnlySpan<byte> bytes) =>
        StartsWith(bytes, [0xFF, 0xFE]) ? Encoding.Unicode
        : StartsWith(bytes, [0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : null;

    // English text in UTF-16LE without a BOM: nearly every odd byte is zero, almost no even byte is.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, SniffLength) & ~1)];
        if (sample.Length < 8)
        {
            return false;
        }
        var pairs = sample.Length / 2;
        // Without that many zero bytes in all, the odd ones cannot have them: one vectorised count settles most texts.
        if (sample.Count((byte)0) <= pairs * 9 / 10)
        {
            return false;
        }
        int oddZero = 0, evenZero = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZero++;
            if (sample[i + 1] == 0) oddZero++;
        }
        return oddZero > pairs * 9 / 10 && evenZero < pairs / 20;
    }

    // <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, in the page's first bytes as browsers do.
    private static Encoding? DeclaredCharset(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, 4096);
        // No '<', no <meta>: plain text skips decoding its head for the pattern.
        if (bytes.AsSpan(0, length).IndexOf((byte)'<') < 0)
        {
            return null;
        }
        var head = Encoding.Latin1.GetString(bytes, 0, length);
        var match = CharsetPattern().Match(head);
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"].Value.Trim();
        // HTML's rule: pages that say latin1/iso-8859-1/ascii are decoded as Windows-1252.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
            || name.Equals("ascii", StringComparison.OrdinalIgnoreCase))
        {
            name = "windows-1252";
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // An unknown charset name is the page's mistake: fall back to sniffing.
            return null;
        }
    }

    private static bool IsUtf8Name(string webName) => webName.Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    private static bool StartsWith(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.StartsWith(prefix);

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<name>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
