using Microsoft.AspNetCore.Http.Features;

namespace ClaimTracker.Web.Hosting;

/// <summary>Request size limits, cookie hardening and the security headers (see docs/security.md).</summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddClaimTrackerSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = RequestLimits.MaxRequestBytes;
            form.ValueLengthLimit = RequestLimits.MaxFormValueLength;
            form.ValueCountLimit = RequestLimits.MaxFormFields;
        });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(180));
        return builder;
    }

    /// <summary>First in the pipeline, so error pages and static files carry the headers too.</summary>
    public static WebApplication UseClaimTrackerSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            // Browsers ignore HSTS over plain http, so the local run is unaffected; behind TLS it pins https.
            app.UseHsts();
        }
        return app;
    }
}
