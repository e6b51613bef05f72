namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The group's spokesman said", "the junta's spokesman, Kyaw Lin Htet, said", "the ministry's spokeswoman said": a
/// person who speaks for a body the possessive names. The source is that body, found as "the group" would be (the
/// body named before it), not the person; a longer title too ("the group's health ministry spokesman wrote"). Golden:
/// possessive_group_spokesman, possessive_junta_spokesman_named, possessive_ministry_spokeswoman,
/// possessive_speaker_with_a_long_title. A unit of the body speaks for it the same way ("The ministry's emergency
/// operations center said": the name walk reads "operations" as a name word, attribution.json attributorWords; before,
/// it stopped there and "center" spoke for nobody; Unseen17 dw-lebanon-paramedics-live). Golden case:
/// a_bodys_unit_speaks_for_it.
/// </summary>
internal static class PossessiveSpeaker
{
    private static readonly WordSet Owners = WordLists.Set("possessiveOwners");
    private static readonly WordSet Persons = WordLists.Set("appositionTitles");

    /// <summary>"the group" for "The group's spokesman", "it" for "its chief", or null when the words do not open with a body's possessive.</summary>
    public static string? Owner(string words)
    {
        var span = words.AsSpan().TrimStart();
        var space = span.IndexOf(' ');
        if (space > 0 && span[..space].Equals("its", StringComparison.OrdinalIgnoreCase) && Persons.Contains(span[(space + 1)..].Trim()))
        {
            // "Its chief told a conference": the body's person speaks for what "it" stands for (Golden case:
            // its_chief_speaks_for_the_body, Unseen10 reuters-shoigu-kursk-builders).
            return "it";
        }
        if (space < 0 || !span[..space].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = span[(space + 1)..];
        var apostrophe = rest.IndexOfAny('\'', '’');
        if (apostrophe < 1 || apostrophe + 2 >= rest.Length || rest[apostrophe + 1] is not ('s' or 'S') || rest[apostrophe + 2] != ' ')
        {
            return null;
        }
        var owner = rest[..apostrophe];
        return Owners.Contains(owner) || IsKindOfBody(owner) ? "the " + owner.ToString() : null;
    }

    private static readonly WordSet Documents = WordLists.Set("speakersDocumentWords");

    /// <summary>
    /// "…,” the ministry's statement said": the document noun after the possessive is read as the frame's adverb ("said in
    /// a statement"), so the speaker's words end on the owner's "'s"; with a speaker's document right after them, the
    /// owner speaks as in "the ministry's spokeswoman said" ("the agency's estimate" is no document of speech and stays
    /// unread). Unseen60 alarabiya-faroun; golden case the_ministrys_statement_after_a_quote.
    /// </summary>
    public static string? DocumentsOwner(string text, Attributor speaker)
    {
        var words = speaker.Text.AsSpan().TrimEnd();
        if (words.Length < 3 || words[^1] is not ('s' or 'S') || words[^2] is not ('\'' or '’') || speaker.End >= text.Length)
        {
            return null;
        }
        var after = text.AsSpan(speaker.End).TrimStart();
        var end = after.IndexOfAny(' ', ',', '.');
        var next = end < 0 ? after : after[..end];
        return Documents.Contains(next) ? Owner(string.Concat(words, " ", next)) : null;
    }

    private static readonly WordSet BodyWords = WordLists.Set("bodyWords");

    // "the spy agency's December estimate of at least 120 dead": a service's common modifiers (attribution.json
    // possessiveOwnerModifiers) make "the spy agency" as "health" makes "the health ministry" (Unseen59 upi-jcs;
    // golden case the_spy_agencys_earlier_estimate).
    private static readonly WordSet OwnerModifiers = WordLists.Set("possessiveOwnerModifiers");

    // "the Health Ministry's Public Health Emergency Operations Center said": a body of a kind owns the office that
    // speaks, and speaks through it as "the health ministry" would (Golden case: ministrys_office_speaks_for_the_ministry).
    private static bool IsKindOfBody(ReadOnlySpan<char> owner)
    {
        var space = owner.LastIndexOf(' ');
        if (space < 0 || !Owners.Contains(owner[(space + 1)..]))
        {
            return false;
        }
        foreach (var range in owner[..space].Split(' '))
        {
            if (!BodyWords.Contains(owner[..space][range]) && !OwnerModifiers.Contains(owner[..space][range]))
            {
                return false;
            }
        }
        return true;
    }
}
