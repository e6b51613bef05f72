namespace ClaimTracker.Core.Sources;

/// <summary>What sort of body a source is.</summary>
public enum SourceKind
{
    Intelligence,
    Government,
    Military,
    InternationalOrganisation,
    Official,
    Media,
    Ngo,
    Other,
}
