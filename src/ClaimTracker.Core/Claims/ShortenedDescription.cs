using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In a statement, the medical group said … The group reported that 5 doctors …": the bare head noun right after a
/// fuller description with the same head ("the medical group", "the rights group", "the UN agency") continues the body
/// the fuller one named, before any body of that kind named in between (there, the RSF the group accused). Only from
/// the sentence right before, and only a description of two words or more shortened to its head. Golden case:
/// a_medical_group_is_no_armed_group.
/// </summary>
internal sealed class ShortenedDescription
{
    private string? head;
    private SourceDefinition? body;
    private int sentence = -2;

    /// <summary>Records a description of two words or more ("the medical group") and what it resolved to, in sentence <paramref name="si"/>.</summary>
    public void Remember(string anaphor, SourceDefinition? source, int si)
    {
        if (source is null || Words(anaphor) is not { Length: >= 2 } words)
        {
            return;
        }
        head = words[^1];
        body = source;
        sentence = si;
    }

    /// <summary>The body a fuller description in the sentence before named, when the anaphor is its bare head ("the group").</summary>
    public SourceDefinition? Find(string anaphor, int si) =>
        sentence == si - 1 && Words(anaphor) is { Length: 1 } words && words[0].Equals(head, StringComparison.OrdinalIgnoreCase) ? body : null;

    // The words after "the": "medical group" for "the medical group"; null for a phrase without "the" or with a possessive.
    private static string[]? Words(string anaphor)
    {
        var text = anaphor.Trim();
        if (!text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || text.Contains('\'') || text.Contains('’'))
        {
            return null;
        }
        return text[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
