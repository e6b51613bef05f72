namespace ClaimTracker.EndToEnd.Infrastructure;

/// <summary>The articles under Articles/ that the tests upload: new conflicts and outlets, not the seeds.</summary>
internal static class TestArticle
{
    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Articles", fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));
}
