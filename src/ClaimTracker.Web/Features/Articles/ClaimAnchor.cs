namespace ClaimTracker.Web.Features.Articles;

/// <summary>
/// Where a claim's number sits in the article text (offsets plus the W3C TextQuoteSelector parts). A
/// <see cref="Repeat"/> is another place the article states the same claim (its headline, a later paragraph).
/// </summary>
public sealed record ClaimAnchor(int ClaimId, int Start, int End, string MentionText, string Prefix = "", string Suffix = "")
{
    public bool Repeat { get; init; }
}
