using System.Globalization;

namespace ClaimTracker.Web.Hosting;

/// <summary>
/// <c>?page=1&amp;pageSize=500</c> on list endpoints. The body stays a plain JSON array; the total and the next and
/// previous pages travel in <c>X-Total-Count</c> and <c>Link</c> headers (as GitHub's API does).
/// </summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 500;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>
    /// The paging asked for, or an error message for a page below 1 or past <see cref="LastPage"/>, or a size outside
    /// 1..<see cref="RequestLimits.MaxPageSize"/>.
    /// </summary>
    public static (Paging? Paging, string? Error) From(int? page, int? pageSize)
    {
        if (page is < 1)
        {
            return (null, "page starts at 1.");
        }
        if (pageSize is < 1 or > RequestLimits.MaxPageSize)
        {
            return (null, $"pageSize must be between 1 and {RequestLimits.MaxPageSize}.");
        }
        var size = pageSize ?? DefaultPageSize;
        if (page > LastPage(size))
        {
            return (null, $"page must be between 1 and {LastPage(size)} for pageSize {size}.");
        }
        return (new Paging(page ?? 1, size), null);
    }

    /// <summary>
    /// The highest page whose rows still have an <c>int</c> offset: past it <see cref="Skip"/> and the next link's page
    /// number would overflow (page 2147483647 used to answer with page 1 and a link to page -2147483648).
    /// </summary>
    public static int LastPage(int pageSize) => int.MaxValue / pageSize;

    public void WriteHeaders(HttpContext context, int total)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        var request = context.Request;
        string Link(int page, string rel)
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value);
            var pairs = query.Where(q => q.Key is not "page" and not "pageSize")
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("page", page.ToString(CultureInfo.InvariantCulture)))
                .Append(new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
            return $"<{Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.Path, pairs)}>; rel=\"{rel}\"";
        }
        if (Skip + PageSize < total)
        {
            links.Add(Link(Page + 1, "next"));
        }
        if (Page > 1)
        {
            links.Add(Link(Page - 1, "prev"));
        }
        if (links.Count > 0)
        {
            response.Headers.Link = string.Join(", ", links);
        }
    }

    /// <summary>Keyset paging (<c>?after=ID</c>): the total, and a next link from the last id of this page while pages are full.</summary>
    public void WriteAfterHeaders(HttpContext context, int total, int? nextAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        if (nextAfter is int after)
        {
            var request = context.Request;
            var pairs = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.QueryString.Value)
                .Where(q => q.Key is not "page" and not "after")
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("after", after.ToString(CultureInfo.InvariantCulture)));
            context.Response.Headers.Link = $"<{Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(request.Path, pairs)}>; rel=\"next\"";
        }
    }
}
