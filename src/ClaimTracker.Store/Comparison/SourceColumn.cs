using ClaimTracker.Store.Sources;

namespace ClaimTracker.Store.Comparison;

/// <summary>A column of the comparison: one source (or, with a null id, the claims nobody is credited with).</summary>
public sealed record SourceColumn(int? SourceId, string Name, string? FullName, Credibility Credibility, string? CredibilityNote)
{
    public static SourceColumn Unattributed { get; } = new(null, "No source", "Claims not yet credited to a source", Credibility.Unrated, null);

    public string Key => SourceId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
