using ClaimTracker.Core.Sources;

namespace ClaimTracker.Store.Sources;

/// <summary>A body claims are attributed to (NIS, HUR, Pentagon), with the aliases that name it.</summary>
public sealed class Source
{
    // The longest values the store keeps; the source form and the API check them first, with a clear message.
    public const int MaxNameLength = 100;
    public const int MaxFullNameLength = 300;
    public const int MaxCountryLength = 10;
    public const int MaxAliasLength = 300;
    public const int MaxCredibilityNoteLength = 2000;

    public int Id { get; set; }
    /// <summary>Short canonical name, unique ("NIS").</summary>
    public required string Name { get; set; }
    public required string FullName { get; set; }
    public SourceKind Kind { get; set; }
    public string? Country { get; set; }
    public List<SourceAlias> Aliases { get; set; } = [];
    public Credibility Credibility { get; set; }
    public string? CredibilityNote { get; set; }
}
