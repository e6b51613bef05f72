using ClaimTracker.Core.Claims;
using ClaimTracker.Store.Claims;

namespace ClaimTracker.Store.Comparison;

/// <summary>Which cell of the comparison a claim counts in: its row (subject, metric, status) and its source.</summary>
public readonly record struct CellKey(string Subject, Metric Metric, ClaimStatus Status, int? SourceId)
{
    public static CellKey Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new CellKey(claim.Subject, claim.Metric, claim.Status, claim.SourceId);
    }
}
