namespace ClaimTracker.Web.Features.Articles;

/// <summary>Where a claim's number sits in the article text (offsets plus the W3C TextQuoteSelector parts).</summary>
public sealed record ClaimAnchor(int ClaimId, int Start, int End, string MentionText, string Prefix = "", string Suffix = "");
