namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// Endpoint metadata: the description of an OpenAPI tag, set next to the endpoint group that owns the tag
/// (<see cref="ApiContractConventions.WithTagDescription{TBuilder}"/>) and gathered by <see cref="TagDescriptionsTransformer"/>.
/// </summary>
public sealed record ApiTagDescription(string Name, string Description);
