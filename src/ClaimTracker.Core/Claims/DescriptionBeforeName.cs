namespace ClaimTracker.Core.Claims;

/// <summary>
/// "…,” a spokesperson for the office, Lina Dorvil, told reporters": a person's name after an article-led description
/// in commas. The person speaks for the body the description names (a registry name in it, else the body its owner
/// noun points back to: "the office"). Golden case: spokesperson_for_the_office_named_after_a_quote. The same words
/// as the speaker ("A spokeswoman for the service told CNN") point back as "the service" would (AnaphorResolver;
/// golden case: a_spokeswoman_for_the_service_speaks_for_it).
/// </summary>
internal static class DescriptionBeforeName
{
    private const int MaxDescription = 80;
    private static readonly System.Buffers.SearchValues<char> Opens = System.Buffers.SearchValues.Create(",\"“”.\n(;");

    /// <summary>Where the description before the speaker's name lies, or null when the name has none.</summary>
    public static (int Start, int End)? Before(string text, Attributor speaker)
    {
        if (speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } words || !words.All(NameParticle.IsCapitalised))
        {
            return null;
        }
        var end = speaker.Start - 2;
        if (end < 1 || text[end] != ',' || text[end + 1] != ' ')
        {
            return null;
        }
        var from = Math.Max(0, end - MaxDescription);
        var open = text.AsSpan(from, end - from).LastIndexOfAny(Opens);
        var start = open < 0 ? from : from + open + 1;
        while (start < end && text[start] == ' ')
        {
            start++;
        }
        var description = text.AsSpan(start, end - start);
        var opensWithArticle = description.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || description.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            || description.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        return opensWithArticle ? (start, end) : null;
    }

    /// <summary>"the office" for "a spokesperson for the office": a title, a link word and a body's noun ending the description; else null.</summary>
    public static string? Owner(string description) => Owner(description.AsSpan());

    /// <summary>
    /// As <see cref="Owner(string)"/>, read on the words' span: asked for most attributors, it allocates nothing
    /// (issue 10 item 4). Describing words may stand between "the" and the noun (<see cref="TitledOwner"/>).
    /// </summary>
    public static string? Owner(ReadOnlySpan<char> description) => TitledOwner.Of(description, whole: false);
}
