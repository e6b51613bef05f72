using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "said Clara Lindqvist, the United Nations humanitarian coordinator for Sudan": a speaker the registry does not know,
/// followed in commas by a description that names a registry body. The person speaks for that body. Golden case:
/// apposed_body_after_the_name.
/// </summary>
internal static class ApposedBody
{
    private const int MaxDescription = 80;

    /// <summary>The registry body named in the description right after the speaker's words, or null.</summary>
    public static SourceDefinition? Find(string text, IReadOnlyList<SourceMention> mentions, Attributor speaker)
    {
        // Only a person's name ("Clara Lindqvist"): "the Civil Defense, a service that operates under the Hamas-run
        // government," describes a body by another one.
        if (speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } words || !words.All(NameParticle.IsCapitalised))
        {
            return null;
        }
        var at = speaker.End;
        if (at + 2 >= text.Length || text[at] != ',' || text[at + 1] != ' ')
        {
            return null;
        }
        var description = text.AsSpan(at + 2, Math.Min(MaxDescription, text.Length - at - 2));
        // The description ends at a comma or a sentence's end, not at the dots of "U.N." (Golden case: person_named_before_a_description).
        var end = description.IndexOfAny(",;\n");
        end = end < 0 ? description.Length : end;
        for (var stop = 0; stop + 2 < end; stop++)
        {
            if (description[stop] == '.' && description[stop + 1] == ' ' && char.IsUpper(description[stop + 2]))
            {
                end = stop;
                break;
            }
        }
        // A description opens with an article ("the", "a", "an"): "Kassem, a senior official of the UN refugee agency,".
        if (!(description.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || description.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
            || description.StartsWith("an ", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        foreach (var mention in mentions)
        {
            // A name is written with a capital: "a member of parliament who follows the issue" does not name the WHO.
            if (mention.Start >= at + 2 && mention.End <= at + 2 + end && mention.Source is { } source && char.IsUpper(text[mention.Start])
                && !PlaceInApposition.Is(text, mention))
            {
                return source;
            }
        }
        return null;
    }
}
