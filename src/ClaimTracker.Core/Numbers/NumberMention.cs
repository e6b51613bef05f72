using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Numbers;

/// <summary>
/// A number found in text: a single value ("10,000", "ten thousand", "1.5 million"), a range
/// ("10,000-12,000", "between 10 and 12"), or a vague magnitude ("thousands").
/// Offsets are into the scanned text, <see cref="End"/> exclusive, and cover only the number words
/// (the qualifier, when there is one, is described by <see cref="QualifierStart"/>).
/// <see cref="MentionStart"/>..<see cref="MentionEnd"/> cover the whole mention with its qualifier
/// before and any trailing words after ("about 11,000", "50 or more", "thousands more").
/// </summary>
/// <remarks>
/// Low/best/high follow the seeds' gold file (UCDP's convention): more_than and at_least set
/// Value = Low = N; up_to and less_than set Value = High = N; approximately and exact set Value only;
/// a range sets Low and High and no Value; a vague amount sets a conservative Low only.
/// </remarks>
public sealed record NumberMention
{
    private readonly string? mentionText;

    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    /// <summary>The value for a single number; for a range, null; for a vague amount, null.</summary>
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public NumberKind Kind { get; init; }
    /// <summary>Qualifier words right before the number ("about", "more than", "between"), or null.</summary>
    public string? QualifierText { get; init; }
    public int QualifierStart { get; init; } = -1;
    public Qualifier Qualifier { get; init; }
    /// <summary>Written in words ("two", "a dozen") rather than digits.</summary>
    public bool IsWords { get; init; }

    /// <summary>Start of the whole mention: the qualifier's start when there is one, else <see cref="Start"/>.</summary>
    public int MentionStart { get; init; }
    /// <summary>End (exclusive) of the whole mention, including trailing words such as "or more" or "more".</summary>
    public int MentionEnd { get; init; }
    /// <summary>The whole mention's text ("about 11,000", "thousands more", "between 10 and 12").</summary>
    public string MentionText { get => mentionText ?? Text; init => mentionText = value; }

    /// <summary>What the surrounding words say the number is (year, money, percentage, ...).</summary>
    public NumberTraits Traits { get; init; }
    /// <summary>For a range, its two ends as single numbers (in text order); otherwise empty.</summary>
    public IReadOnlyList<NumberMention> Bounds { get; init; } = [];

    public bool IsPercent => (Traits & NumberTraits.Percent) != 0;
    public bool IsMoney => (Traits & NumberTraits.Money) != 0;
    public bool IsYearLike => (Traits & NumberTraits.YearLike) != 0;
    public bool IsDate => (Traits & NumberTraits.Date) != 0;
    public bool IsOrdinal => (Traits & NumberTraits.Ordinal) != 0;
    public bool IsFraction => (Traits & NumberTraits.Fraction) != 0;
    public bool IsModelName => (Traits & NumberTraits.ModelName) != 0;
    public bool IsDuration => (Traits & NumberTraits.Duration) != 0;
    public bool IsAge => (Traits & NumberTraits.Age) != 0;
    public bool IsTime => (Traits & NumberTraits.Time) != 0;
    public bool IsMeasure => (Traits & NumberTraits.Measure) != 0;
}
