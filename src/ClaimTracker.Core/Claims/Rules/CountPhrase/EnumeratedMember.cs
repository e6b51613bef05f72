namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count split into its members names no new people: "carried two people who had been wounded, one in the shoulder and
/// one in the leg", "two were hurt: one by shrapnel, one by glass", "one in the head and the other in the arm". Each "one"
/// is a member of the count before it, told apart by where or how it was hit. The model: "one" after a comma, colon,
/// semicolon or "and", straight before a preposition (counts.json <c>enumerationPrepositions</c>), with a second such
/// member or "the other"/"another" in the sentence. Unseen41 ibtimes-afp (and witnesses' accounts of shootings in wire
/// copy). Golden case: members_of_a_count_are_no_counts.
/// </summary>
internal sealed class EnumeratedMember : CountPhraseRule
{
    public static readonly EnumeratedMember Rule = new();

    private static readonly WordSet Prepositions = WordLists.Set("enumerationPrepositions");
    private static readonly WordSet Others = WordLists.Set("enumerationOthers");

    private EnumeratedMember()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !(IsMember(reader, phrase.First) && phrase.Number.QualifierText is null && AnotherMember(reader, phrase.First));

    private static bool IsMember(PeopleCountReader reader, int i) =>
        i > 0 && reader.Is(i, "one") && (reader.Is(i - 1, "and") || IsListMark(reader, i - 1)) && reader.IsIn(i + 1, Prepositions);

    private static bool IsListMark(PeopleCountReader reader, int i) =>
        !reader.Tokens[i].IsWord && reader.Word(i) is "," or ":" or ";";

    // The second member: another "one" so placed, or "the other"/"another" leading a member after the first.
    private static bool AnotherMember(PeopleCountReader reader, int first)
    {
        for (var i = 1; i < reader.Tokens.Count; i++)
        {
            if (i != first && (IsMember(reader, i) || (i > first && reader.IsIn(i, Others) && reader.IsIn(i + 1, Prepositions))))
            {
                return true;
            }
        }
        return false;
    }
}
