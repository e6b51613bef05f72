using System.Linq.Expressions;

namespace ClaimTracker.Store.Claims;

/// <summary>The one mapping from a stored claim to <see cref="ClaimView"/>, translated to SQL by EF Core.</summary>
public static class ClaimProjection
{
    public static readonly Expression<Func<Claim, ClaimView>> ToView = c => new ClaimView
    {
        Id = c.Id,
        ArticleId = c.ArticleId,
        Subject = c.Subject,
        Metric = c.Metric,
        Value = c.Value,
        Low = c.Low,
        High = c.High,
        Qualifier = c.Qualifier,
        Status = c.Status,
        Increment = c.Increment,
        Source = c.Source == null ? null : c.Source.Name,
        SourceMention = c.SourceMention,
        Attribution = c.Attribution,
        TimeText = c.TimeText,
        AsOf = c.AsOf,
        AsOfPrecision = c.AsOfPrecision,
        Quote = c.Quote,
        MentionText = c.MentionText,
        Start = c.Start,
        End = c.End,
        Review = c.Review,
        Version = c.Version,
    };

    private static readonly Func<Claim, ClaimView> ToViewInMemory = ToView.Compile();

    /// <summary>
    /// <see cref="ToView"/> of a claim in memory, with its source's name as read beside it: the view of a claim just saved,
    /// without reading it back.
    /// </summary>
    public static ClaimView Of(Claim claim, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ToViewInMemory(claim) with { Source = sourceName };
    }

    /// <summary>
    /// <see cref="ToView"/> with a total beside each row (<paramref name="total"/>, an uncorrelated count the database
    /// computes once), so that a page and its count are one statement.
    /// </summary>
    internal static Expression<Func<Claim, CountedClaimView>> WithTotal(Expression<Func<int>> total) =>
        Expression.Lambda<Func<Claim, CountedClaimView>>(
            Expression.MemberInit(
                Expression.New(typeof(CountedClaimView)),
                Expression.Bind(typeof(CountedClaimView).GetProperty(nameof(CountedClaimView.View))!, ToView.Body),
                Expression.Bind(typeof(CountedClaimView).GetProperty(nameof(CountedClaimView.Total))!, total.Body)),
            ToView.Parameters);
}
