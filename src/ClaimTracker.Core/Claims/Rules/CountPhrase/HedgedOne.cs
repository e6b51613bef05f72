using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "At least one soldier had been killed by his own side", "at least one person was killed": a hedged one is a lower
/// bound on a count, not a story about a person (a bare "One soldier was killed." still is: golden case
/// not_a_single_person); so is "at least one dead". Asked by <see cref="NotAPeopleCount"/>. Golden cases: at_least_one_is_a_count,
/// at_least_one_dead.
/// </summary>
internal static class HedgedOne
{
    public static bool At(PeopleCountReader reader, NumberMention number, int last) =>
        number.Value == 1 && number.Qualifier == Qualifier.AtLeast
        && last + 1 < reader.Tokens.Count && reader.Tokens[last + 1].IsWord
        // "leaving at least one dead and 14 injured": the fate word stands for the person, as in "left one dead".
        && (ClaimLexicon.SingularPeople.Contains(reader.Word(last + 1)) || PeopleWords.IsCasualtyWord(reader.Word(last + 1)));
}
