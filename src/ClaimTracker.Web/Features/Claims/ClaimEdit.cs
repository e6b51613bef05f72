using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Hosting;

namespace ClaimTracker.Web.Features.Claims;

/// <summary>An editor's version of a claim's fields, as the claim editor binds them; validated before it is saved.</summary>
public sealed class ClaimEdit
{
    /// <summary>The longest subject stored; checked here because SQLite does not enforce the column's length.</summary>
    public const int MaxSubjectLength = Claim.MaxSubjectLength;

    public int? SourceId { get; set; }
    public double? Value { get; set; }
    public double? Low { get; set; }
    public double? High { get; set; }
    public Qualifier Qualifier { get; set; }
    public string Subject { get; set; } = "";
    public Metric Metric { get; set; }
    public ClaimStatus Status { get; set; }
    public DateOnly? AsOf { get; set; }
    public ReviewState Review { get; set; }

    public static ClaimEdit From(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimEdit
        {
            SourceId = claim.SourceId,
            Value = claim.Value,
            Low = claim.Low,
            High = claim.High,
            Qualifier = claim.Qualifier,
            Subject = claim.Subject,
            Metric = claim.Metric,
            Status = claim.Status,
            AsOf = claim.AsOf,
            Review = claim.Review,
        };
    }

    /// <summary>Problems keyed by field name (nameof the property); empty when the edit can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Subject))
        {
            errors[nameof(Subject)] = "Say whose people are counted (e.g. North Korean troops).";
        }
        else if (FieldLength.Problem("A subject", Subject, MaxSubjectLength) is { } tooLong)
        {
            errors[nameof(Subject)] = tooLong;
        }

        foreach (var (name, number) in new[] { (nameof(Value), Value), (nameof(Low), Low), (nameof(High), High) })
        {
            if (number < 0)
            {
                errors[name] = "A count of people cannot be negative.";
            }
        }

        switch (Qualifier)
        {
            case Qualifier.Vague:
                if (Value is not null)
                {
                    errors.TryAdd(nameof(Value), "A vague amount (\"thousands\") has no best value: leave it empty and set the lower bound.");
                }

                if (Low is null)
                {
                    errors.TryAdd(nameof(Low), "A vague amount needs its conservative lower bound (thousands → 2,000).");
                }

                break;
            case Qualifier.Range:
                if (Low is null)
                {
                    errors.TryAdd(nameof(Low), "A range needs its lower end.");
                }

                if (High is null)
                {
                    errors.TryAdd(nameof(High), "A range needs its upper end.");
                }

                break;
            case Qualifier.MoreThan or Qualifier.AtLeast:
                if (Value is null && Low is null)
                {
                    errors.TryAdd(nameof(Low), "Give the lower bound (the number after \"more than\" / \"at least\").");
                }

                break;
            case Qualifier.UpTo or Qualifier.LessThan:
                if (Value is null && High is null)
                {
                    errors.TryAdd(nameof(High), "Give the upper bound (the number after \"up to\" / \"fewer than\").");
                }

                break;
            default:
                if (Value is null)
                {
                    errors.TryAdd(nameof(Value), "Give the figure: a value is required unless the amount is vague.");
                }

                break;
        }

        if (Low is not null && High is not null && Low > High)
        {
            errors.TryAdd(nameof(High), "The upper bound must not be below the lower bound.");
        }

        if (Value is not null && Low is not null && Value < Low)
        {
            errors.TryAdd(nameof(Value), "The value must not be below the lower bound.");
        }

        if (Value is not null && High is not null && Value > High)
        {
            errors.TryAdd(nameof(Value), "The value must not be above the upper bound.");
        }

        return errors;
    }
}
