using Microsoft.AspNetCore.OpenApi;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// The transformers that make /openapi/v1.json describe the API as it behaves (docs/api.md): one per concern, each
/// reading the metadata the endpoint groups declare next to their endpoints.
/// </summary>
public static class OpenApiContract
{
    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer<DocumentInfoTransformer>();
        options.AddDocumentTransformer<TagDescriptionsTransformer>();
        options.AddDocumentTransformer<SecuritySchemesTransformer>();
        options.AddOperationTransformer<SummaryTransformer>();
        options.AddOperationTransformer<AccessTransformer>();
        options.AddOperationTransformer<PagingHeadersTransformer>();
        options.AddOperationTransformer<EntityTagHeadersTransformer>();
        options.AddOperationTransformer<RequestExamplesTransformer>();
    }
}
