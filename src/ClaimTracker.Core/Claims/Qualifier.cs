namespace ClaimTracker.Core.Claims;

/// <summary>How the reporter hedged the number ("about", "over", "as many as", "thousands").</summary>
public enum Qualifier
{
    Exact,
    Approximately,
    MoreThan,
    AtLeast,
    UpTo,
    LessThan,
    Range,
    Vague,
}
