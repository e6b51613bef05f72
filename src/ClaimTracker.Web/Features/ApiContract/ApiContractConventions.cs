namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// What each endpoint group says about itself in the OpenAPI document, beside <c>.WithName</c>/<c>.Produces</c>: its tag's
/// description, list paging, entity tags and request examples. The transformers in this folder turn the metadata into the document.
/// </summary>
public static class ApiContractConventions
{
    public static TBuilder WithTagDescription<TBuilder>(this TBuilder builder, string tag, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiTagDescription(tag, description));

    public static TBuilder WithPaging<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PagedList.Instance);

    public static TBuilder WithEntityTag<TBuilder>(this TBuilder builder, string conditionHeader, string conditionDescription)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new EntityTagged(conditionHeader, conditionDescription));

    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, string name, string summary, string json, string mediaType = "application/json")
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestExample(mediaType, name, summary, json));
}
