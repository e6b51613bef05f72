namespace ClaimTracker.Core.Claims;

/// <summary>How a claim got its source: from its own sentence, carried over from an earlier one, or set by an editor.</summary>
public enum Attribution
{
    None,
    Extracted,
    Inherited,
    Editor,
}
