namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// Endpoint metadata: the 200 response carries an <c>ETag</c>, and the request may carry <paramref name="ConditionHeader"/>
/// (If-None-Match on a read, If-Match on a write), documented by <see cref="EntityTagHeadersTransformer"/>.
/// </summary>
public sealed record EntityTagged(string ConditionHeader, string ConditionDescription);
