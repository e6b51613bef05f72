namespace ClaimTracker.Web.Features.ApiContract;

/// <summary>
/// Endpoint metadata: the 200 response is one page of a list, with <c>X-Total-Count</c> and <c>Link</c> headers
/// (see <see cref="Hosting.Paging"/>), documented by <see cref="PagingHeadersTransformer"/>.
/// </summary>
public sealed class PagedList
{
    public static readonly PagedList Instance = new();

    private PagedList()
    {
    }
}
