namespace ClaimTracker.Web.Features.Sources;

/// <summary>A source as the autocomplete offers it; <see cref="MatchedAlias"/> says which alias the search hit.</summary>
public sealed record SourceOption(int Id, string Name, string FullName, IReadOnlyList<string> Aliases, string? MatchedAlias = null)
{
    public string Display => MatchedAlias is null ? $"{Name} — {FullName}" : $"{Name} — {FullName} (as “{MatchedAlias}”)";

    /// <summary>Sources whose name, full name or an alias contains <paramref name="text"/>; name matches first.</summary>
    public static IReadOnlyList<SourceOption> Search(IEnumerable<SourceOption> options, string? text, int max = 20)
    {
        ArgumentNullException.ThrowIfNull(options);
        var all = options.ToList();
        if (string.IsNullOrWhiteSpace(text))
        {
            return [.. all.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Take(max)];
        }

        var term = text.Trim();
        bool Has(string s) => s.Contains(term, StringComparison.OrdinalIgnoreCase);
        return
        [
            .. all.Select(o => (Option: o, Rank: o.Name.StartsWith(term, StringComparison.OrdinalIgnoreCase) ? 0
                        : Has(o.Name) ? 1 : Has(o.FullName) ? 2 : o.Aliases.Any(Has) ? 3 : 9))
                .Where(x => x.Rank < 9)
                .OrderBy(x => x.Rank).ThenBy(x => x.Option.Name, StringComparer.OrdinalIgnoreCase)
                .Take(max)
                .Select(x => x.Rank == 3 ? x.Option with { MatchedAlias = x.Option.Aliases.First(Has) } : x.Option),
        ];
    }
}
