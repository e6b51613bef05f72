namespace ClaimTracker.Web.Features.Sources;

/// <summary>The result of a change to the registry, with a message fit to show the editor.</summary>
public sealed record SourceChange(bool Succeeded, string Message, int? SourceId = null);
