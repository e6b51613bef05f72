using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>Puts each endpoint's <see cref="RequestExample"/> metadata on its request body, under the example's media type.</summary>
public sealed class RequestExamplesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var example in context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>())
        {
            if (operation.RequestBody?.Content?.TryGetValue(example.MediaType, out var media) != true || media is null)
            {
                throw new InvalidOperationException(
                    $"{operation.OperationId} has an example for {example.MediaType}, but its request body does not accept that media type.");
            }
            media.Examples ??= new Dictionary<string, IOpenApiExample>();
            media.Examples[example.Name] = new OpenApiExample { Summary = example.Summary, Value = JsonNode.Parse(example.Json) };
        }
        return Task.CompletedTask;
    }
}
