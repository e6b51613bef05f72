using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>The <c>X-Total-Count</c> and <c>Link</c> headers on the 200 response of every list marked <see cref="PagedList"/>.</summary>
public sealed class PagingHeadersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<PagedList>().Any()
            || operation.Responses?.TryGetValue("200", out var found) != true || found is not OpenApiResponse ok)
        {
            return Task.CompletedTask;
        }
        ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
        ok.Headers["X-Total-Count"] = new OpenApiHeader
        {
            Description = "How many items match, over all pages.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        };
        ok.Headers["Link"] = new OpenApiHeader
        {
            Description = "RFC 8288 links to the neighbouring pages, with the same filters: "
                + "`</api/claims?page=3&pageSize=500>; rel=\"next\", </api/claims?page=1&pageSize=500>; rel=\"prev\"` "
                + "(keyset paging: `?after=ID` links only to the next page). Absent when there is no other page.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        return Task.CompletedTask;
    }
}
