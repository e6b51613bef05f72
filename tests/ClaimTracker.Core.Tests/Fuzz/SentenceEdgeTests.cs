using System.Text.Json;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Fuzz;

/// <summary>
/// Every word the rules look for, at either end of a text and beside a count: a rule that asks about the word after (or
/// before) the one it matched must not step off the sentence. "Ukraine says 5 soldiers lost", pasted as the last line
/// of an article, crashed the extractor (LostKin looked for a count after "lost"); the random fuzz never put a list word
/// last, so this walks the lists themselves.
/// </summary>
public sealed class SentenceEdgeTests
{
    private static readonly string[] Frames =
    [
        "Officials said 5 soldiers {0}", "Officials said 5 soldiers were {0}", "5 soldiers {0}", "5 {0}", "{0} 5", "{0} 5 soldiers",
        "{0}", "The army said 40 {0}\n\nNext paragraph", "About 12 of the {0}",
    ];

    // Every string in the embedded data (word lists, nationalities, the source registry's names and aliases), walked
    // whatever the file's shape.
    public static IEnumerable<string> ListWords()
    {
        var assembly = typeof(ClaimExtractor).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            foreach (var word in Strings(document.RootElement))
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Fact]
    public void No_list_word_at_a_texts_edge_breaks_the_extractor()
    {
        var extractor = new ClaimExtractor();
        var words = ListWords().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var failures = new List<string>();
        var claims = 0;
        foreach (var word in words)
        {
            foreach (var frame in Frames)
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, word);
                try
                {
                    claims += extractor.Extract(text, null).Count;
                }
                catch (Exception e) when (failures.Count < 20)
                {
                    failures.Add($"\"{text}\": {e.GetType().Name} {e.Message}");
                }
            }
        }
        Assert.True(words.Count > 2_000, $"only {words.Count} list words were found in the embedded data");
        Assert.Empty(failures);
        // The frames hold counts of soldiers, so most words leave a claim: a walk that extracts nothing tests nothing.
        Assert.True(claims > words.Count, $"only {claims} claims from {words.Count * Frames.Length} texts");
    }

    /// <summary>
    /// An editor may add an alias with dotted initials ("Karim A.A. Khan"); the sentence splitter can end a sentence inside
    /// it, so a mention then runs past its sentence. Before, IssuedReport read the headline's rest from the mention's end
    /// and threw on such a headline.
    /// </summary>
    [Fact]
    public void An_alias_with_dotted_initials_never_breaks_the_extractor()
    {
        string[] aliases = ["Karim A.A. Khan", "J.D. Vance", "Lt. Gen. A.B. Smith"];
        var registry = new ClaimTracker.Core.Sources.SourceRegistry(
        [
            .. ClaimTracker.Core.Sources.SourceRegistry.Default.Sources,
            new ClaimTracker.Core.Sources.SourceDefinition { Name = "Test court", FullName = "Test court", Kind = ClaimTracker.Core.Sources.SourceKind.InternationalOrganisation, Aliases = aliases },
        ]);
        var extractor = new ClaimExtractor(registry);
        var failures = new List<string>();
        var claims = 0;
        foreach (var alias in aliases)
        {
            // Also as a headline's opening and as a byline line under a headline (PublisherVoice).
            foreach (var frame in Frames.Append("Strikes go on\n\n{0}, 3 March 2025\n\nOfficials said 5 soldiers were killed."))
            {
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, alias);
                try
                {
                    claims += extractor.Extract(text, null).Count;
                }
                catch (Exception e)
                {
                    failures.Add($"\"{text}\": {e.GetType().Name} {e.Message}");
                }
            }
        }
        Assert.Empty(failures);
        Assert.True(claims > aliases.Length, $"only {claims} claims");
    }
}
