using ClaimTracker.Store.Sources;

namespace ClaimTracker.Store.Comparison;

/// <summary>A column of the comparison: one source (or, with a null id, the claims nobody is credited with).</summary>
public sealed record SourceColumn(int? SourceId, string Name, string? FullName, Credibility Credibility, string? CredibilityNote)
{
    public static SourceColumn Unattributed { get; } = new(null, "No source", "Claims not yet credited to a source", Credibility.Unrated, null);

    /// <summary>Proposed by ingest and not yet approved: shown marked, so a reader knows no editor has vetted it.</summary>
    public bool Proposed { get; init; }

    public string Key => SourceId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
