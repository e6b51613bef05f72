namespace ClaimTracker.Core.Claims;

/// <summary>How precisely a claim's as-of date is known (after UCDP's date_prec).</summary>
public enum AsOfPrecision
{
    Day,
    Month,
    Year,
}
