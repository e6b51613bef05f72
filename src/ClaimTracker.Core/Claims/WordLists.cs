using System.Text.Json;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The word lists shipped as data (Claims/Words/*.json, embedded): editors change vocabulary there, not in code.
/// Each file is <c>{ "lists": { "name": ["word", ...] } }</c>; a missing list is a build mistake and throws at startup.
/// </summary>
internal static class WordLists
{
    private static readonly Dictionary<string, string[]> Lists = Load("metrics.json", "populations.json", "attribution.json", "people.json", "status.json", "counts.json", "speakers.json", "page.json");

    public static WordSet Set(string name) => Lists.TryGetValue(name, out var words)
        ? new WordSet(words)
        : throw new InvalidOperationException($"The word list '{name}' is not in Claims/Words.");

    /// <summary>A list of "Name:CC" pairs (a name and the ISO code of its country) as a case-insensitive map.</summary>
    public static Dictionary<string, string> Pairs(WordSet list) => list.Words
        .Select(r => r.Split(':'))
        .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string[]> Load(params string[] files)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var resource = "ClaimTracker.Core.Claims.Words." + file;
            using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded word file {resource} is missing.");
            using var document = JsonDocument.Parse(stream);
            foreach (var list in document.RootElement.GetProperty("lists").EnumerateObject())
            {
                // One name, one list: a second file reusing a name would silently change the first one's readers.
                if (!lists.TryAdd(list.Name, [.. list.Value.EnumerateArray().Select(w => w.GetString()!)]))
                {
                    throw new InvalidOperationException($"The word list '{list.Name}' is defined twice in Claims/Words.");
                }
            }
        }
        return lists;
    }
}
