namespace ClaimTracker.Core.Claims;

/// <summary>
/// "the war had displaced 790,000 people in the country so far, 125,000 of whom are staying in shelters" (Unseen56
/// hurriyet-ap, gold bare people): a count that opens "of whom" or "of them" (counts.json <c>asidePronouns</c>) is a
/// part of the count just before it in the sentence, so its people are that whole's. The whole has already read the
/// clause to its left, where a nation is often the speaker's ("Lebanon's minister of social affairs said"), so the part
/// takes the whole's nations, none when the whole has none, and does not look left again (<see cref="NationalityBeforeCount"/>).
/// Golden cases: a_part_of_an_earlier_whole_keeps_its_people, a_part_of_a_national_whole_keeps_the_nation.
/// </summary>
internal static class PartOfAnEarlierWhole
{
    private static readonly WordSet Pronouns = WordLists.Set("asidePronouns");

    /// <summary>The earlier count this one is a part of, or null.</summary>
    public static ClaimDraft? Whole(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.Previous is { } whole && phrase.Noun < 0 && reader.Is(phrase.TokenAfter, "of") && reader.IsIn(phrase.TokenAfter + 1, Pronouns)
            ? whole
            : null;
}
