using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The army said one of its soldiers was killed", "one of their medics was wounded": a body counting one of its own
/// people ("one of" a possessive, counts.json possessives, and a plural people noun) reports a count of one, as "two of
/// its soldiers" would; a lone "One soldier was killed." is still a story about a person (not_a_single_person).
/// Asked by <see cref="NotAPeopleCount"/>. Golden case: one_of_its_soldiers_is_a_count.
/// </summary>
internal static class OneOfTheirOwn
{
    private static readonly WordSet Possessives = WordLists.Set("possessives");

    public static bool At(PeopleCountReader reader, NumberMention number, int last)
    {
        var noun = last + 3;
        return number.Value == 1 && reader.Is(last + 1, "of") && noun < reader.Tokens.Count
            && reader.IsIn(last + 2, Possessives)
            && reader.Tokens[noun].IsWord && PeopleWords.IsPeopleNoun(reader.Word(noun));
    }
}
