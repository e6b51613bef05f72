using System.Security.Cryptography;
using System.Text.Json;
using ClaimTracker.Store.Claims;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ClaimTracker.Web.Features.Claims;

/// <summary>
/// The ETag of one claim as GET /api/claims/{id} shows it: its version, then a hash of the whole representation. The
/// version alone would not do, since renaming or merging the claim's source changes what the claim reads as without
/// an edit of the claim; the version stays in front so that a tag says at a glance which edit it was read at.
/// </summary>
public static class ClaimEntityTag
{
    public static string Of(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(claim));
        return $"\"{claim.Version}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}\"";
    }

    /// <summary>
    /// Whether a conditional header (If-Match, If-None-Match) names <paramref name="tag"/> or is <c>*</c>. If-Match
    /// compares strongly and If-None-Match weakly (RFC 9110, 13.1.1 and 13.1.2). A header that does not parse names no
    /// tag, so an If-Match with a garbled value is refused rather than ignored.
    /// </summary>
    public static bool IsNamedBy(StringValues header, string tag, bool strong)
    {
        if (!EntityTagHeaderValue.TryParseList(header, out var named))
        {
            return false;
        }
        var current = EntityTagHeaderValue.Parse(tag);
        return named.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, strong));
    }
}
