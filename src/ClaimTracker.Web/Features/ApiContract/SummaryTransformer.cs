using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// Endpoints write one summary that says everything (parameters, paging, errors); reference pages and generated clients
/// show the summary as a title. A long one keeps its first clause as the summary and moves whole into the description.
/// </summary>
public sealed class SummaryTransformer : IOpenApiOperationTransformer
{
    private const int MaxSummaryLength = 80;

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Summary is not { Length: > MaxSummaryLength } summary)
        {
            return Task.CompletedTask;
        }
        var cut = new[] { summary.IndexOf(". ", StringComparison.Ordinal), summary.IndexOf(": ", StringComparison.Ordinal) }
            .Where(index => index > 0)
            .DefaultIfEmpty(-1)
            .Min();
        if (cut > 0)
        {
            operation.Description = string.IsNullOrEmpty(operation.Description) ? summary : summary + "\n\n" + operation.Description;
            operation.Summary = summary[..cut];
        }
        return Task.CompletedTask;
    }
}
