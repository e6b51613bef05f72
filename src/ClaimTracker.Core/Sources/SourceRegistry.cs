using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Core.Sources;

/// <summary>The known sources and their aliases; resolves the words that name an attributor to a source.</summary>
public sealed class SourceRegistry
{
    private static readonly Lazy<SourceRegistry> DefaultRegistry = new(LoadEmbedded);

    public SourceRegistry(IEnumerable<SourceDefinition> sources)
    {
        Sources = [.. sources];
    }

    /// <summary>The registry shipped with ClaimTracker (Sources/sources.json).</summary>
    public static SourceRegistry Default => DefaultRegistry.Value;

    public IReadOnlyList<SourceDefinition> Sources { get; }

    /// <summary>The source whose name or alias the mention contains, or null.</summary>
    public SourceDefinition? Resolve(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        // FIRST CUT: substring search; the extraction issue replaces it with a one-pass matcher.
        foreach (var source in Sources)
        {
            if (mention.Contains(source.Name, StringComparison.OrdinalIgnoreCase)
                || source.Aliases.Any(a => mention.Contains(a, StringComparison.OrdinalIgnoreCase)))
            {
                return source;
            }
        }
        return null;
    }

    private static SourceRegistry LoadEmbedded()
    {
        using var stream = typeof(SourceRegistry).Assembly.GetManifestResourceStream("ClaimTracker.Core.Sources.sources.json")
            ?? throw new InvalidOperationException("The embedded source registry is missing from ClaimTracker.Core.");
        var file = JsonSerializer.Deserialize<RegistryFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded source registry is empty.");
        return new SourceRegistry(file.Sources);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private sealed record RegistryFile(IReadOnlyList<SourceDefinition> Sources);
}
