namespace ClaimTracker.Store.Claims;

/// <summary>
/// How many claims the articles of one block of ids (<see cref="ArticlesPerBlock"/> consecutive ids) hold, kept in a few
/// rows per block (<see cref="Shard"/>) that every write adds to in its own transaction. The whole claims list's total is
/// the sum of these rows, and a deep OFFSET page finds its block, then its article, from them (<see cref="ClaimListQuery"/>):
/// PostgreSQL keeps no row count, and walked 10,000 articles for the total and 50,000 index entries for page 500.
/// </summary>
public sealed class ClaimTotal
{
    /// <summary>Articles per block: a deep page sums at most this many articles' counts after the blocks before it.</summary>
    public const int ArticlesPerBlock = 256;

    /// <summary>
    /// Rows per block: a write adds to one of them at random, so that concurrent writers of new articles (which share the
    /// newest block) rarely wait for each other's row lock on PostgreSQL.
    /// </summary>
    public const int Shards = 8;

    public int Block { get; set; }
    public int Shard { get; set; }
    public int Claims { get; set; }

    public static int BlockOf(int articleId) => articleId / ArticlesPerBlock;
}
