namespace ClaimTracker.Core.Claims;

/// <summary>What <see cref="EndangeredPeople"/> found after an exposing verb's count: a danger, a want, or neither.</summary>
internal enum Peril
{
    None,
    Danger,
    Want,
}
