using System.Text;
using System.Text.Json;
using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Api.Contract;

/// <summary>The document the running app serves passes Redocly's recommended rules with no error and no warning.</summary>
public sealed class OpenApiLintTests(LoopbackAppFactory app) : IClassFixture<LoopbackAppFactory>
{
    [Fact]
    public async Task The_served_document_passes_redocly_lint_with_no_errors_or_warnings()
    {
        using var client = new HttpClient { BaseAddress = app.RootUri };
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var path = Path.Combine(app.DataFolder, "openapi.v1.json");
        await File.WriteAllTextAsync(path, document);

        using var report = await RedoclyLinter.LintAsync(path);

        var totals = report.RootElement.GetProperty("totals");
        var problems = new StringBuilder();
        foreach (var problem in report.RootElement.GetProperty("problems").EnumerateArray())
        {
            var where = problem.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("pointer").GetString()).FirstOrDefault();
            problems.AppendLine($"{problem.GetProperty("severity").GetString()} {problem.GetProperty("ruleId").GetString()} at {where}: "
                + problem.GetProperty("message").GetString());
        }
        Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0,
            $"redocly lint: {totals.GetProperty("errors").GetInt32()} errors, {totals.GetProperty("warnings").GetInt32()} warnings\n{problems}");
        // The document really was linted: Redocly saw its operations.
        Assert.Contains("\"operationId\": \"CreateArticle\"", document, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(document).RootElement.GetProperty("components").GetProperty("securitySchemes").ValueKind);
    }
}
