namespace ClaimTracker.Web.Features.Feeds;

/// <summary>One item of a feed: the article's link and its publication day when the feed gives one.</summary>
internal sealed record FeedItem(Uri Link, DateOnly? Published, DateTimeOffset? Sort);
