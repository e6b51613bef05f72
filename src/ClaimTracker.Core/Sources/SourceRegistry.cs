using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Core.Sources;

/// <summary>The known sources and their aliases; resolves the words that name an attributor to a source.</summary>
public sealed class SourceRegistry
{
    private static readonly Lazy<SourceRegistry> DefaultRegistry = new(LoadEmbedded);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly AliasTrie aliases = new();
    private readonly Dictionary<string, SourceDefinition> byName = new(StringComparer.OrdinalIgnoreCase);

    public SourceRegistry(IEnumerable<SourceDefinition> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Sources = [.. sources];
        // Names first, then full names, then aliases: an alias can never take a word that is some source's own name.
        foreach (var source in Sources)
        {
            byName.TryAdd(source.Name, source);
            aliases.Add(source.Name, source, source.Capitalised);
        }
        foreach (var source in Sources)
        {
            aliases.Add(source.FullName, source, source.Capitalised);
        }
        foreach (var source in Sources)
        {
            foreach (var alias in source.Aliases)
            {
                aliases.Add(alias, source, source.Capitalised);
            }
        }
        foreach (var (phrase, source) in Claims.UnEnvoys.Phrases(Sources))
        {
            aliases.Add(phrase, source);
        }
        foreach (var (phrase, source) in Claims.MinistryWordOrders.Phrases(Sources))
        {
            aliases.Add(phrase, source);
        }
        foreach (var (phrase, source) in Claims.NameSpellings.Phrases(Sources))
        {
            aliases.Add(phrase, source);
        }
        aliases.Freeze();
    }

    /// <summary>The registry shipped with ClaimTracker (Sources/sources.json).</summary>
    public static SourceRegistry Default => DefaultRegistry.Value;

    public IReadOnlyList<SourceDefinition> Sources { get; }

    /// <summary>The source whose name or alias the mention contains (the first one, reading left to right), or null.</summary>
    public SourceDefinition? Resolve(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var found = aliases.FindAll(mention);
        return found.Count > 0 ? found[0].Source : null;
    }

    /// <summary>The source with this canonical short name, or null.</summary>
    public SourceDefinition? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.GetValueOrDefault(name);
    }

    /// <summary>
    /// Every mention of a known source in <paramref name="text"/>, in order, found in one pass over its words
    /// (case- and apostrophe-insensitive; the longest alias wins where several start at the same word).
    /// </summary>
    public IReadOnlyList<SourceMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return aliases.FindAll(text);
    }

    /// <summary>As <see cref="FindMentions(string)"/>, over the article's tokens already split.</summary>
    internal IReadOnlyList<SourceMention> FindMentions(string text, ReadOnlySpan<Claims.Token> tokens) => aliases.FindAll(text, tokens);

    /// <summary>Reads a registry from JSON shaped like Sources/sources.json: <c>{ "sources": [ ... ] }</c>.</summary>
    public static SourceRegistry Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<RegistryFile>(json, JsonOptions)
            ?? throw new InvalidOperationException("The source registry file is empty.");
        return new SourceRegistry(file.Sources);
    }

    private static SourceRegistry LoadEmbedded()
    {
        using var stream = typeof(SourceRegistry).Assembly.GetManifestResourceStream("ClaimTracker.Core.Sources.sources.json")
            ?? throw new InvalidOperationException("The embedded source registry is missing from ClaimTracker.Core.");
        return Load(stream);
    }

    private sealed record RegistryFile(IReadOnlyList<SourceDefinition> Sources);
}
