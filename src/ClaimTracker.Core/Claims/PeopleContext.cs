namespace ClaimTracker.Core.Claims;

/// <summary>
/// The people last talked about ("North Korean troops"), so "around 400 have been killed" knows whose 400; with the
/// status of the claim that named them, so a list's part in the next sentence keeps the list's plan (ReleaseList).
/// </summary>
internal sealed record PeopleContext(IReadOnlyList<string> Nationalities, string Noun, bool Military, Metric? Metric, int Paragraph, int Sentence, ClaimStatus? Status = null);
