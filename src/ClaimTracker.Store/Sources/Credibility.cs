namespace ClaimTracker.Store.Sources;

/// <summary>An editor's rating of a source (as Meedan Check rates sources).</summary>
public enum Credibility
{
    Unrated,
    Credible,
    PartlyCredible,
    NotCredible,
}
