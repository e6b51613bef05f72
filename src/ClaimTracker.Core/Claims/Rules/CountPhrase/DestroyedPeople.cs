namespace ClaimTracker.Core.Claims;

/// <summary>
/// "has destroyed 81 North Koreans", "destroyed 23 Russian soldiers": a unit's claim to have destroyed people, in the
/// war's bulletin idiom, is a claim to have killed them. "destroyed" is no kill verb for tanks or homes, so only the
/// word right before a count of people reads; without it the count had no verb and read other or deployed. The verbs are
/// data (counts.json <c>destroyingVerbs</c>). Golden case: destroyed_people_are_killed.
/// </summary>
internal static class DestroyedPeople
{
    private static readonly WordSet Verbs = WordLists.Set("destroyingVerbs");

    /// <summary>Whether <paramref name="verb"/>, the token before the count, destroys the people counted.</summary>
    public static bool At(PeopleCountReader reader, int verb, int left) =>
        verb >= left && reader.IsIn(verb, Verbs);
}
