namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// Endpoint metadata: a named example of the request body in <paramref name="MediaType"/>, as JSON text, shown in the
/// document (and so on /api/docs) by <see cref="RequestExamplesTransformer"/>.
/// </summary>
public sealed record RequestExample(string MediaType, string Name, string Summary, string Json);
