using System.Text.Json;

namespace ClaimTracker.Web.Tests.Api.Contract;

/// <summary>An operation as the OpenAPI document states it: its id, method, the statuses it declares, and who may call it.</summary>
public sealed record DocumentedOperation(string OperationId, string Method, string Path, IReadOnlySet<int> Statuses, bool AllowsAnonymous)
{
    public bool IsWrite => Method is not "GET";

    public static IEnumerable<DocumentedOperation> All(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var statuses = operation.Value.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                // An empty requirement among the alternatives means no sign-in is needed.
                var anonymous = !operation.Value.TryGetProperty("security", out var security)
                    || security.EnumerateArray().Any(requirement => !requirement.EnumerateObject().Any());
                yield return new DocumentedOperation(
                    operation.Value.GetProperty("operationId").GetString()!, operation.Name.ToUpperInvariant(), path.Name, statuses, anonymous);
            }
        }
    }
}
