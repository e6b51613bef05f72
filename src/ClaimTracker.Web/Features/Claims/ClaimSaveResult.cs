namespace ClaimTracker.Web.Features.Claims;

/// <summary>What happened to an editor's save, with a message fit to show them.</summary>
public sealed record ClaimSaveResult(ClaimSaveOutcome Outcome, string Message, int? Version = null, int ChangedFields = 0)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public bool Succeeded => Outcome is ClaimSaveOutcome.Saved or ClaimSaveOutcome.Unchanged;
}
