using System.Net.Http.Headers;
using System.Text.Json;
using ClaimTracker.Web.Features.Accounts;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Api.Contract;

/// <summary>
/// Walks /openapi/v1.json as the running app (Kestrel on loopback) serves it and calls every operation with valid and
/// invalid inputs, as every kind of caller: each answer's status must be one the operation declares, every operation
/// must be called, and every operation must succeed at least once.
/// </summary>
public sealed class ContractTests(LoopbackAppFactory app) : IClassFixture<LoopbackAppFactory>
{
    [Fact]
    public async Task Every_operation_answers_only_the_statuses_the_document_declares()
    {
        var callers = new Dictionary<string, HttpClient>
        {
            [ContractCall.Anonymous] = new() { BaseAddress = app.RootUri },
            [ContractCall.BadToken] = await ClientWithTokenAsync("ct_revokedrevokedrevokedrevokedrevoked"),
            [ContractCall.Analyst] = await app.SocketClientAsync(AccountRoles.Analyst),
            [ContractCall.Editor] = await app.SocketClientAsync(AccountRoles.Editor),
            [ContractCall.Admin] = await app.SocketClientAsync(AccountRoles.Admin),
        };
        try
        {
            using var document = JsonDocument.Parse(await callers[ContractCall.Anonymous].GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
            var operations = DocumentedOperation.All(document.RootElement).ToDictionary(o => o.OperationId);
            var valid = await ContractCalls.ValidAsync(callers[ContractCall.Editor]);
            var invalid = await ContractCalls.InvalidAsync(callers[ContractCall.Editor]);

            var unknown = valid.Concat(invalid).Select(c => c.OperationId).Where(id => !operations.ContainsKey(id)).Distinct().ToList();
            Assert.True(unknown.Count == 0, $"The walk calls operations the document does not have: {string.Join(", ", unknown)}");
            var uncalled = operations.Keys.Where(id => valid.All(c => c.OperationId != id)).ToList();
            Assert.True(uncalled.Count == 0, $"Operations in the document with no valid call in ContractCalls: {string.Join(", ", uncalled)}");

            // What signing in adds to every operation, from the document's own security requirements.
            var access = new List<ContractCall>();
            foreach (var operation in operations.Values)
            {
                var sample = valid.First(c => c.OperationId == operation.OperationId);
                access.Add(sample.As(ContractCall.BadToken, "unknown token"));
                if (!operation.AllowsAnonymous)
                {
                    access.Add(sample.As(ContractCall.Anonymous, "no sign-in"));
                }
                if (operation.IsWrite || operation.OperationId is "ListUsers")
                {
                    access.Add(sample.As(ContractCall.Analyst, "role too low"));
                }
            }

            var undeclared = new List<string>();
            var succeeded = new HashSet<string>();
            var accepted = new List<string>();
            // Access checks first: they must not change anything the valid calls then rely on.
            foreach (var call in access.Concat(valid).Concat(invalid))
            {
                var status = await SendAsync(callers[call.Caller], call);
                var operation = operations[call.OperationId];
                if (!operation.Statuses.Contains(status))
                {
                    undeclared.Add($"{call} answered {status}; declared: {string.Join(", ", operation.Statuses.Order())}");
                }
                if (status is >= 200 and < 300 && valid.Contains(call))
                {
                    succeeded.Add(call.OperationId);
                }
                if (status is < 400 or >= 500 && !valid.Contains(call))
                {
                    accepted.Add($"{call} answered {status}");
                }
            }
            Assert.True(undeclared.Count == 0, "Statuses the document does not declare:\n" + string.Join("\n", undeclared));
            var neverSucceeded = operations.Keys.Except(succeeded).ToList();
            Assert.True(neverSucceeded.Count == 0, $"Operations whose valid calls never succeeded: {string.Join(", ", neverSucceeded)}");
            Assert.True(accepted.Count == 0, "Invalid calls or callers that were not refused:\n" + string.Join("\n", accepted));
        }
        finally
        {
            foreach (var client in callers.Values)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<int> SendAsync(HttpClient client, ContractCall call)
    {
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), new Uri(call.Url, UriKind.Relative)) { Content = call.Body?.Invoke() };
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    private Task<HttpClient> ClientWithTokenAsync(string token)
    {
        var client = new HttpClient { BaseAddress = app.RootUri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Task.FromResult(client);
    }
}
