namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Spokesman Piet Varga said", "Spokeswoman Ines Kolar told reporters": a spokesperson's title with no body's noun
/// before it and a name the registry does not know. A spokesperson has no voice of their own, so the person speaks for
/// the body the story named before, found as "the spokesman said" would be. A named person under any other title
/// ("Governor NAME") stays their own speaker. The body is found as "it said" would find it (the speaker before, or the
/// subject of the sentence before when nobody spoke: "The UN human rights office has called for an inquiry …").
/// Golden cases: spokesman_named_speaks_for_the_body_before, spokeswoman_named_after_a_second_body,
/// spokesman_named_after_a_body_that_called_for.
/// </summary>
internal static class NamedSpokesperson
{
    // attribution.json bodyVoices: "statement" and the spokesperson titles; only a title can open a name.
    private static readonly WordSet Voices = WordLists.Set("bodyVoices");

    /// <summary>"it" (the body pronoun) for "Spokesman Piet Varga", or null when the words do not open with a spokesperson's title and a name.</summary>
    public static string? Owner(string words)
    {
        var span = words.AsSpan().Trim();
        var space = span.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }
        var title = span[..space];
        var name = span[(space + 1)..].TrimStart();
        if (title.Equals("statement", StringComparison.OrdinalIgnoreCase) || !Voices.Contains(title) || name.Length == 0 || !char.IsUpper(name[0]))
        {
            return null;
        }
        return "it";
    }
}
