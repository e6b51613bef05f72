namespace ClaimTracker.Core.Numbers;

/// <summary>The shape a number took in the text.</summary>
public enum NumberKind
{
    Value,
    Range,
    Vague,
}
