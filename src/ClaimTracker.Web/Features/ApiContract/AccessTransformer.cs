using ClaimTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// Each operation's security requirement and the answers that come from signing in rather than from the endpoint,
/// read from its authorization policies: 401 (no sign-in, or a bad token: refused on every path, even anonymous reads),
/// 403 (a role it lacks, or a cookie write from another origin), 429 (too many token writes, with Retry-After).
/// A read under the Read policy needs no sign-in while <c>Auth:AllowAnonymousRead</c> is on: it lists the empty
/// requirement first (anonymous), then the token and the cookie, which it also accepts.
/// </summary>
public sealed class AccessTransformer(IConfiguration configuration) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var needsSignIn = policies.Any(policy => policy != AccessPolicies.Read) || !ReadAccessHandler.AllowAnonymousRead(configuration);
        var needsRole = policies.Any(policy => policy is AccessPolicies.Write or AccessPolicies.Admin);
        var isWrite = !HttpMethods.IsGet(context.Description.HttpMethod ?? HttpMethods.Get);

        List<OpenApiSecurityRequirement> security = [Requirement(SecuritySchemesTransformer.ApiToken, context), Requirement(SecuritySchemesTransformer.SignInCookie, context)];
        if (!needsSignIn)
        {
            security.Insert(0, new OpenApiSecurityRequirement());
        }
        operation.Security = security;

        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", Problem(context, needsSignIn
            ? "Not signed in: no token or cookie, or the token is unknown or revoked."
            : "The token sent is unknown or revoked (reading without one is allowed)."));
        if (needsRole || isWrite)
        {
            operation.Responses.TryAdd("403", Problem(context, needsRole
                ? "Signed in without the role this needs (Editor or Admin to write, Admin for users), or a cookie write from another origin."
                : "A write signed in by cookie that does not come from the app's own pages."));
        }
        if (isWrite)
        {
            var tooMany = Problem(context, "Too many writes with API tokens from this address; wait for Retry-After seconds.");
            tooMany.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the next write.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            };
            operation.Responses.TryAdd("429", tooMany);
        }
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiOperationTransformerContext context) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] };

    internal static OpenApiResponse Problem(OpenApiOperationTransformerContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.Document) },
        },
    };
}
