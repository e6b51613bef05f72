using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>The two ways to sign in to the API: a personal API token (bearer) and the pages' sign-in cookie.</summary>
public sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public const string ApiToken = "apiToken";
    public const string SignInCookie = "signInCookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiToken] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "ct_...",
            Description = "A personal API token, created on the Profile page (or by `claimtracker tokens create USER`): "
                + "`Authorization: Bearer ct_...`. It acts with its owner's current role; an unknown or revoked token gets 401.",
        };
        document.Components.SecuritySchemes[SignInCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "ClaimTracker.Auth",
            Description = "The app's sign-in cookie, for its own pages. Writes signed in by cookie must come from the app's own origin (403 otherwise).",
        };
        return Task.CompletedTask;
    }
}
