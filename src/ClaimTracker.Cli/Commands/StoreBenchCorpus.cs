using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// Writes a folder of generated plain-text articles and their manifest.json for <c>bench store</c>: each is a seed
/// article with its figures scaled, some source names swapped for other registry sources, its own outlet and
/// published date, and a story code line, so no two are identical and the comparison gets many sources and dates.
/// Deterministic for a given random seed.
/// </summary>
internal static partial class StoreBenchCorpus
{
    private static readonly string[] Outlets =
    [
        "Reuters", "AFP", "AP", "BBC", "UPI", "Yonhap", "Kyiv Independent", "The Guardian", "Le Monde", "Der Spiegel", "Al Jazeera",
        "NHK", "Korea Herald", "Defense Express", "Politico", "The Times", "El País", "Nikkei Asia", "CNN", "Euronews",
    ];

    private static readonly string[] CodeWords = ["alpha", "bravo", "delta", "echo", "kilo", "lima", "oscar", "sierra", "tango", "zulu"];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/>; returns the bytes of text written.</summary>
    public static long Write(string folder, IReadOnlyList<string> seedTexts, int count, int randomSeed = 9)
    {
        var generator = new Generator(seedTexts);
        Directory.CreateDirectory(folder);
        var random = new Random(randomSeed);
        var manifest = new List<Dictionary<string, object?>>(count);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (text, outlet, published) = generator.Next(i, random, $"{CodeWords[i % CodeWords.Length]} {ToLetters(i)}");
            var name = string.Create(CultureInfo.InvariantCulture, $"gen-{i:D6}.txt");
            var content = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, name), content);
            bytes += content.Length;
            manifest.Add(new()
            {
                ["file"] = name,
                ["outlet"] = outlet,
                ["published"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(new { articles = manifest }));
        return bytes;
    }

    /// <summary>
    /// The corpus's articles one at a time, for <see cref="Write"/> and for a bench that adds articles to a running app
    /// (<see cref="NewsroomMix"/>), so that both spread over the same subjects, metrics and sources.
    /// </summary>
    internal sealed class Generator
    {
        private readonly IReadOnlyList<string> seedTexts;
        private readonly List<(string Alias, string Source)> aliases = RegistryAliases();
        private readonly (string Alias, string Source)[][] mentioned;

        public Generator(IReadOnlyList<string> seedTexts)
        {
            ArgumentNullException.ThrowIfNull(seedTexts);
            if (seedTexts.Count == 0)
            {
                throw new InvalidOperationException("There are no seed articles to vary.");
            }
            this.seedTexts = seedTexts;
            // Per seed, the registry names it mentions: those are the ones that can be swapped for another source.
            mentioned = [.. seedTexts.Select(text => aliases.Where(a => WholeWord(text, a.Alias)).ToArray())];
        }

        /// <summary>
        /// Article <paramref name="i"/>: seed i mod the seeds' count, figures scaled, about half of its sources swapped, its
        /// story code last (which keeps it apart from every other article), then its outlet and published date.
        /// <paramref name="codeAfterLead"/>: the story code after the first paragraph of prose instead. A seed that ends
        /// with a list of related stories loses its last lines to the reader (the list is page furniture), the code with
        /// them, so a new article of <c>bench clients</c> could read the same as one of the 10,000 variants of that seed
        /// already stored, and be refused as a duplicate (409). The stored corpus keeps the code last, unchanged.
        /// </summary>
        public (string Text, string Outlet, DateOnly Published) Next(int i, Random random, string storyCode, bool codeAfterLead = false)
        {
            ArgumentNullException.ThrowIfNull(random);
            var seed = i % seedTexts.Count;
            var text = ScaleFigures(seedTexts[seed], random);
            foreach (var (alias, _) in mentioned[seed])
            {
                if (random.Next(2) == 0)
                {
                    var other = aliases[random.Next(aliases.Count)].Alias;
                    text = Regex.Replace(text, $@"\b{Regex.Escape(alias)}\b", other.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant);
                }
            }
            var code = $"\n\nStory code: {storyCode}.\n";
            var lead = codeAfterLead ? LeadParagraph().Match(text) : Match.Empty;
            text = lead.Success ? text.Insert(lead.Index + lead.Length, code.TrimEnd('\n')) : text + code;
            var published = new DateOnly(2024, 1, 1).AddDays(random.Next(730));
            return (text, Outlets[random.Next(Outlets.Length)], published);
        }
    }

    /// <summary>Every figure of 10 or more (years excepted) times 0.6–1.6, kept to the seed's style (commas, round numbers).</summary>
    private static string ScaleFigures(string text, Random random) => Figure().Replace(text, match =>
    {
        var digits = match.Value.Replace(",", "", StringComparison.Ordinal);
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 10 || value is >= 1900 and <= 2100)
        {
            return match.Value;
        }
        var scaled = value * (0.6 + random.NextDouble());
        var step = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(scaled)) - 1));
        var rounded = (long)Math.Max(10, Math.Round(scaled / step) * step);
        return match.Value.Contains(',', StringComparison.Ordinal) || rounded >= 10000
            ? rounded.ToString("#,0", CultureInfo.InvariantCulture)
            : rounded.ToString(CultureInfo.InvariantCulture);
    });

    private static List<(string Alias, string Source)> RegistryAliases() =>
    [
        .. SourceRegistry.Default.Sources
            .SelectMany(s => s.Aliases.Prepend(s.Name).Select(a => (Alias: a, Source: s.Name)))
            // Short aliases ("UN", "SAF") would also match inside other names.
            .Where(a => a.Alias.Length >= 4)
            .DistinctBy(a => a.Alias, StringComparer.Ordinal),
    ];

    private static bool WholeWord(string text, string word) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.CultureInvariant);

    private static string ToLetters(int n)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Insert(0, (char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return letters.ToString();
    }

    [GeneratedRegex(@"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]\d)|(?<![\w.,])\d+(?![\w.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    /// <summary>The first paragraph of prose: a line of twenty words or more that ends a sentence.</summary>
    [GeneratedRegex(@"^(?:\S+[ \t]+){19,}\S*[.!?\u201D""]$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LeadParagraph();
}
