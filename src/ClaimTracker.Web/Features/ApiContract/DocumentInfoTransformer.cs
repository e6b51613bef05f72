using ClaimTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// The document's title, version, description, license and server. The server URL loses its trailing slash: clients
/// join it with paths that start with one. The license is <c>Api:LicenseName</c> and <c>Api:LicenseUrl</c> (see docs/api.md).
/// </summary>
public sealed class DocumentInfoTransformer(IConfiguration configuration) : IOpenApiDocumentTransformer
{
    public const string Title = "ClaimTracker API";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var anonymousRead = ReadAccessHandler.AllowAnonymousRead(configuration);
        document.Info = new OpenApiInfo
        {
            Title = Title,
            Version = "1",
            Description = "Numeric claims about people (troops deployed, killed, wounded...) extracted from news articles, attributed to "
                + "their sources and compared side by side.\n\n"
                + "**Signing in.** Scripts send a personal API token, `Authorization: Bearer ct_...` (create one on the Profile page); "
                + "the app's own pages use the sign-in cookie. Writes need the Editor or Admin role, /api/users the Admin role. "
                + (anonymousRead
                    ? "Reads need no sign-in on this server (`Auth:AllowAnonymousRead` is on), so they carry no security requirement; "
                        + "a token that is sent must still be valid (401 otherwise)."
                    : "Reads need a sign-in on this server (`Auth:AllowAnonymousRead` is off).")
                + "\n\n**Errors** are problem details (RFC 9457, `application/problem+json`); lists are paged with `X-Total-Count` and "
                + "`Link` headers. A human page for this document is at /api/docs.",
            License = License(),
        };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The terms the API's data and code are under: by default proprietary (an SPDX LicenseRef-, as OpenAPI 3.1 allows),
    /// or the deployment's own, named with a link.
    /// </summary>
    private OpenApiLicense License() =>
        Uri.TryCreate(configuration["Api:LicenseUrl"], UriKind.Absolute, out var url)
            ? new OpenApiLicense { Name = configuration["Api:LicenseName"] ?? url.Host, Url = url }
            : new OpenApiLicense { Name = configuration["Api:LicenseName"] ?? "Proprietary: for the newsroom's own tools", Identifier = "LicenseRef-Proprietary" };
}
