using ClaimTracker.Core.Sources;
using ClaimTracker.Web.Hosting;

namespace ClaimTracker.Web.Features.Sources;

/// <summary>The editable fields of a source, as the source form binds them.</summary>
public sealed class SourceDraft
{
    public const int MaxNameLength = Source.MaxNameLength;
    public const int MaxFullNameLength = Source.MaxFullNameLength;
    public const int MaxCountryLength = Source.MaxCountryLength;
    public const int MaxAliasLength = Source.MaxAliasLength;
    public const int MaxAliases = 200;
    public const int MaxCredibilityNoteLength = Source.MaxCredibilityNoteLength;

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

    /// <summary>
    /// What makes this draft too long to store, or null. The curation service asks, whatever page or script sent the
    /// draft, because SQLite does not enforce the columns' lengths.
    /// </summary>
    public string? LengthProblem()
    {
        var aliases = Aliases;
        return FieldLength.Problem("The short name", Name, MaxNameLength)
            ?? FieldLength.Problem("The full name", FullName, MaxFullNameLength)
            ?? FieldLength.Problem("The country", Country, MaxCountryLength)
            ?? FieldLength.Problem("The credibility note", CredibilityNote, MaxCredibilityNoteLength)
            ?? (aliases.Count > MaxAliases ? $"A source may have at most {MaxAliases} aliases; this one has {aliases.Count}." : null)
            ?? aliases.Select(a => FieldLength.Problem($"The alias \"{a[..Math.Min(a.Length, 40)]}…\"", a, MaxAliasLength)).FirstOrDefault(p => p is not null);
    }

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
