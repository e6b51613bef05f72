using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least one soldier had been killed by his own side", "at least one person was killed": a hedged one is a lower
/// bound on a count, not a story about a person (a bare "One soldier was killed." still is: golden case
/// not_a_single_person). Asked by <see cref="NotAPeopleCount"/>. Golden case: at_least_one_is_a_count.
/// </summary>
internal static class HedgedOne
{
    public static bool At(PeopleCountReader reader, NumberMention number, int last) =>
        number.Value == 1 && number.Qualifier == Qualifier.AtLeast
        && last + 1 < reader.Tokens.Count && reader.Tokens[last + 1].IsWord && ClaimLexicon.SingularPeople.Contains(reader.Word(last + 1));
}
