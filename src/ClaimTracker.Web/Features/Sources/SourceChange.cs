namespace ClaimTracker.Web.Features.Sources;

/// <summary>The result of a change to the registry, with a message fit to show the editor.</summary>
public sealed record SourceChange(bool Succeeded, string Message, int? SourceId = null)
{
    /// <summary>Why a change was refused, so the API can answer 400, 403, 404 or 409; null when it succeeded.</summary>
    public SourceRefusal? Refusal { get; init; }
}
