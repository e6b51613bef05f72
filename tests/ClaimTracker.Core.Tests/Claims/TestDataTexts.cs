namespace ClaimTracker.Core.Tests.Claims;

/// <summary>
/// Every article text the Core tests hold (`.txt`, `.html`, `.json` under TestData), for checks that a cheap gate holds
/// wherever the work it guards finds something (issue 10 deliver 4).
/// </summary>
internal static class TestDataTexts
{
    public static List<string> All()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        Assert.True(texts.Count > 100, $"Only {texts.Count} texts found under TestData.");
        return texts;
    }
}
