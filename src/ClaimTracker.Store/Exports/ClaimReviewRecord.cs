using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTracker.Store.Articles;
using ClaimTracker.Store.Claims;
using ClaimTracker.Store.Comparison;

namespace ClaimTracker.Store.Exports;

/// <summary>
/// A claim as a schema.org <c>ClaimReview</c> (JSON-LD), the form fact-checking tools (Google Fact Check Tools,
/// Meedan Check, ClaimBuster) exchange. The "review" here is the editor's: whether the article really states this
/// figure, not whether the figure is true, and the rating says so in words.
/// </summary>
public static class ClaimReviewRecord
{
    public static JsonObject Build(Claim claim, Article article, Uri appRoot)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(appRoot);

        var claimUrl = new Uri(appRoot, $"articles/{article.Id}#claim-{claim.Id}").AbsoluteUri;
        var (ratingValue, ratingName, explanation) = claim.Review switch
        {
            ReviewState.Confirmed => (3, "Confirmed", "An editor checked that the article states this figure as extracted."),
            ReviewState.Rejected => (1, "Rejected", "An editor found that the article does not state this figure as extracted."),
            _ => (2, "Unreviewed", "Extracted automatically; no editor has checked it yet."),
        };

        var appearance = new JsonObject
        {
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            // Articles stored before URLs were checked may hold anything; a consumer may follow this link.
            ["url"] = ArticleFields.IsWebAddress(article.Url) ? article.Url : null,
            ["datePublished"] = Date(article.PublishedAt),
            ["publisher"] = article.Outlet is null ? null : new JsonObject { ["@type"] = "Organization", ["name"] = article.Outlet },
            ["author"] = article.Author is null ? null : new JsonObject { ["@type"] = "Person", ["name"] = article.Author },
        };

        var figure = new JsonObject
        {
            ["@type"] = "QuantitativeValue",
            ["name"] = ClaimFigureFormat.Format(claim.Value, claim.Low, claim.High, claim.Qualifier),
            ["value"] = claim.Value,
            ["minValue"] = claim.Low,
            ["maxValue"] = claim.High,
            ["unitText"] = claim.Subject,
            ["additionalProperty"] = new JsonArray(
                Property("metric", EnumText.Slug(claim.Metric)),
                Property("status", EnumText.Slug(claim.Status)),
                Property("qualifier", EnumText.Slug(claim.Qualifier)),
                Property("asOf", Date(claim.AsOf))),
        };

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ClaimReview",
            ["@id"] = claimUrl,
            ["url"] = claimUrl,
            ["claimReviewed"] = claim.Quote,
            ["datePublished"] = (claim.UpdatedAt ?? article.IngestedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = "ClaimTracker", ["url"] = appRoot.AbsoluteUri },
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = ratingValue,
                ["bestRating"] = 3,
                ["worstRating"] = 1,
                ["alternateName"] = ratingName,
                ["ratingExplanation"] = explanation,
            },
            ["itemReviewed"] = new JsonObject
            {
                ["@type"] = "Claim",
                ["text"] = claim.Quote,
                ["author"] = claim.Source is { } source
                    ? new JsonObject { ["@type"] = "Organization", ["name"] = source.FullName, ["alternateName"] = source.Name }
                    : claim.SourceMention is { } mention ? new JsonObject { ["@type"] = "Thing", ["name"] = mention } : null,
                ["datePublished"] = Date(claim.AsOf ?? article.PublishedAt),
                ["appearance"] = appearance,
                ["about"] = figure,
            },
        };
    }

    private static JsonObject Property(string name, string? value) =>
        new() { ["@type"] = "PropertyValue", ["name"] = name, ["value"] = value };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
