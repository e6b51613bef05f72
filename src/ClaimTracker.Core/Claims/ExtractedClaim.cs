namespace ClaimTracker.Core.Claims;

/// <summary>
/// One numeric claim about people found in an article's cleaned text.
/// Offsets (<see cref="Start"/>, <see cref="End"/>) index the text the extractor was given, end exclusive.
/// </summary>
public sealed record ExtractedClaim
{
    /// <summary>Best estimate; null for vague amounts ("thousands") and open ranges.</summary>
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public Qualifier Qualifier { get; init; }
    /// <summary>Whose people are counted, in the text's spelling ("US troops").</summary>
    public required string Subject { get; init; }
    /// <summary>
    /// <see cref="Subject"/> with nations written by their adjectives ("American troops" for "US troops"): what the store
    /// keeps and the comparison groups, so one population is one row whatever spelling each article used.
    /// </summary>
    public string CanonicalSubject => PopulationSpelling.Canonical(Subject);
    public Metric Metric { get; init; }
    public ClaimStatus Status { get; init; }
    /// <summary>True for an additional wave ("another 6,000"), false for a cumulative total, null when unknown.</summary>
    public bool? Increment { get; init; }

    /// <summary>Canonical short name from the source registry (NIS, HUR, Pentagon), or null.</summary>
    public string? Source { get; init; }
    /// <summary>The words that named the attributor ("South Korea's spy agency"), even when not in the registry.</summary>
    public string? SourceMention { get; init; }
    public Attribution Attribution { get; init; }

    public string? TimeText { get; init; }
    public DateOnly? AsOf { get; init; }
    public AsOfPrecision? AsOfPrecision { get; init; }

    /// <summary>
    /// The sentence that holds the claim; of a sentence longer than 600 characters, the part around the figure, with
    /// "…" where it was cut.
    /// </summary>
    public required string Quote { get; init; }
    /// <summary>Where the quoted words start in the text (after a leading "…").</summary>
    public int QuoteStart { get; init; }
    /// <summary>The number as written, with its qualifier ("about 11,000").</summary>
    public required string MentionText { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    /// <summary>A few words before and after the mention, so highlights can be re-anchored (W3C TextQuoteSelector).</summary>
    public string Prefix { get; init; } = "";
    public string Suffix { get; init; } = "";

    /// <summary>The other places in the article that state the same claim (filled when repeats are merged; else empty).</summary>
    public IReadOnlyList<ClaimMention> Mentions { get; init; } = [];
}
