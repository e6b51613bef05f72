using ClaimTracker.Core.Sources;

namespace ClaimTracker.Web.Features.Sources;

/// <summary>The editable fields of a source, as the source form binds them.</summary>
public sealed class SourceDraft
{
    public string Name { get; set; } = "";
    public string FullName { get; set; } = "";
    public SourceKind Kind { get; set; } = SourceKind.Other;
    public string? Country { get; set; }
    /// <summary>One alias per line in the form.</summary>
    public string AliasesText { get; set; } = "";
    public Credibility Credibility { get; set; }
    public string? CredibilityNote { get; set; }

    public IReadOnlyList<string> Aliases =>
        [.. AliasesText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static SourceDraft From(SourceSummary source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceDraft
        {
            Name = source.Name,
            FullName = source.FullName,
            Kind = source.Kind,
            Country = source.Country,
            AliasesText = string.Join('\n', source.Aliases),
            Credibility = source.Credibility,
            CredibilityNote = source.CredibilityNote,
        };
    }
}
