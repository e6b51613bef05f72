namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Of the 251 people abducted on October 7, 2023, 168 have come home alive", "Of the 251 hostages seized by militants,
/// 117 have been freed": people taken captive into Gaza are the ones its armed groups took, not Gaza's population, so a
/// story set in Gaza does not make them Palestinian. A count of civilians or people held captive (the captured metric)
/// is left without Gaza's people, and so is a later count of the same noun in the same sentence ("Of the 251 …, 168"),
/// which counts the same captives.
/// Read by <see cref="OwnPopulation"/>. Golden cases: abductees_are_not_gazas_population.
/// </summary>
internal static class Abductees
{
    /// <summary>Whether <paramref name="draft"/> counts captives (or a bare part of the captives <paramref name="last"/> counted).</summary>
    public static bool Are(ClaimDraft draft, ClaimDraft? last) =>
        !draft.Military && (draft.Metric == Metric.Captured
            || (last is not null && last.Sentence == draft.Sentence && (draft.Noun == last.Noun || draft.AsideOf == last)));
}
