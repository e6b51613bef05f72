using ClaimTracker.Core.Sources;

namespace ClaimTracker.Web.Features.Sources;

/// <summary>A registry line: the source, its aliases and how many claims are credited to it.</summary>
public sealed record SourceSummary(int Id, string Name, string FullName, SourceKind Kind, string? Country, IReadOnlyList<string> Aliases,
    Credibility Credibility, string? CredibilityNote, int ClaimCount)
{
    /// <summary>Proposed by ingest and awaiting an editor, or registered.</summary>
    public SourceStatus Status { get; init; }
}
