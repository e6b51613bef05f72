namespace ClaimTracker.Web.Hosting;

/// <summary>
/// Unhandled errors and bare status codes: API callers get problem-details JSON, people get the friendly
/// /Error and /not-found pages. Neither ever shows a stack trace; the log has it.
/// </summary>
public static class ErrorHandlingExtensions
{
    public static IServiceCollection AddClaimTrackerErrorHandling(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseClaimTrackerErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(IsApiRequest, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApiRequest(context), pages =>
        {
            pages.UseExceptionHandler("/Error", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        return app;
    }

    private static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
