namespace ClaimTracker.Core.Numbers;

/// <summary>
/// A number found in text: a single value ("10,000", "ten thousand", "1.5 million"), a range
/// ("10,000-12,000", "between 10 and 12"), or a vague magnitude ("thousands").
/// Offsets are into the scanned text, <see cref="End"/> exclusive, and cover only the number words
/// (the qualifier, when there is one, is described by <see cref="QualifierStart"/>).
/// </summary>
public sealed record NumberMention
{
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    /// <summary>The value for a single number; for a range, null; for a vague amount, null.</summary>
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public NumberKind Kind { get; init; }
    /// <summary>Qualifier words right before the number ("about", "more than"), or null.</summary>
    public string? QualifierText { get; init; }
    public int QualifierStart { get; init; } = -1;
    public ClaimTracker.Core.Claims.Qualifier Qualifier { get; init; }
    /// <summary>Written in words ("two", "a dozen") rather than digits.</summary>
    public bool IsWords { get; init; }
}
