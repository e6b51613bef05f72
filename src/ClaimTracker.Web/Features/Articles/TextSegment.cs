namespace ClaimTracker.Web.Features.Articles;

/// <summary>A run of article text; <see cref="ClaimId"/> is set when the run is a claim's number.</summary>
public sealed record TextSegment(string Text, int? ClaimId = null);
