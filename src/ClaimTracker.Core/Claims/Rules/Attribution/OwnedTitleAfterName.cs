using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "“…,” NAME, the group's military operations spokesman, told Reuters": a person's name, then in commas a title the
/// possessive of a body opens ("the group's", "the ministry's"), right before the verb. The title speaks for the body
/// the possessive points back to (resolved by <see cref="PossessiveSpeaker"/> as "the group" would be), however many
/// words the title runs to. Golden case: owned_title_after_a_name.
/// </summary>
internal sealed class OwnedTitleAfterName : AttributionFrame
{
    public static readonly OwnedTitleAfterName Frame = new();

    private static readonly WordSet Titles = WordLists.Set("appositionTitles");

    private OwnedTitleAfterName()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var opening = PersonBeforeDescription.DescriptionBefore(text, tokens, cue);
        var last = cue - 2;
        if (opening < 1 || !tokens[opening - 1].IsWord || !char.IsUpper(text[tokens[opening - 1].Start])
            || !tokens[last].IsWord || !Titles.Contains(AttributionFinder.Word(text, tokens[last])))
        {
            return false;
        }
        var description = text[tokens[opening + 1].Start..tokens[last].End];
        if (PossessiveSpeaker.Owner(description) is null)
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, opening + 1, last, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }
}
