namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the girl was shot while the two of them were waiting for the crowd to move", "the three of us hid in the
/// basement": a number between "the" and "of them/us/you" (counts.json <c>groupPronouns</c>) names a group the story
/// has already introduced, person by person, by a pronoun. It counts no one and makes no claim (Unseen29
/// unb-ap-gaza-toll-passes-55000-aid-seekers, no gold row; no gold row in any set is written this way). A share of a
/// count, "two of them children", "eight people, two of them in a critical condition", has no "the" before it and
/// stays a claim. Golden case: the_two_of_them_is_no_count (its last sentence, "two of them children", the near-miss).
/// </summary>
internal sealed class DefiniteGroupPronoun : CountPhraseRule
{
    public static readonly DefiniteGroupPronoun Rule = new();

    private static readonly WordSet Pronouns = WordLists.Set("groupPronouns");

    private DefiniteGroupPronoun()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var after = phrase.TokenAfter;
        return !(reader.Is(phrase.QualifierFirst - 1, "the") && reader.Is(after, "of") && reader.IsIn(after + 1, Pronouns));
    }
}
