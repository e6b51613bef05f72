using ClaimTracker.Web.Tests.Infrastructure;

namespace ClaimTracker.Web.Tests.Features;

/// <summary>An HTTP client for the API that is allowed to write (an editor's), and article texts for it to post.</summary>
public static class EditorClient
{
    public static Task<HttpClient> CreateAsync(ClaimTrackerAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return Task.FromResult(app.CreateClient());
    }

    /// <summary>A short news text with people-count claims, different for every <paramref name="tag"/> (so never a duplicate).</summary>
    public static string ArticleText(string tag) => $"""
        Border report {tag}

        The defence ministry said on Monday that 10,000 troops had arrived at the border near {tag}.

        Officials said a further 5,000 soldiers would follow by the end of the month, according to the ministry.
        """;
}
