namespace ClaimTracker.Web.Features.Claims;

/// <summary>What happened to an editor's save, with a message fit to show them.</summary>
public sealed record ClaimSaveResult(ClaimSaveOutcome Outcome, string Message, int? Version = null, int ChangedFields = 0)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The claim as saved, when the save read it back in the same statement (<see cref="ClaimCorrection.TryReviewAsync"/>).</summary>
    public ClaimView? View { get; init; }

    public bool Succeeded => Outcome is ClaimSaveOutcome.Saved or ClaimSaveOutcome.Unchanged;
}
