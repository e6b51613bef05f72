namespace ClaimTracker.Core.Claims;

/// <summary>
/// Recruits who sign up are deployed, as the sets read "recruited" and "enlisted": "more than 200,000 Russians signed
/// contracts with the defence ministry", "50,000 people signed up in September" (defence ministries and Medvedev's
/// recruitment figures). A signing verb (metrics.json signUpVerbs) with "contracts" or "up" right after it
/// (signUpObjects). Read by <see cref="MetricWord"/>. Golden case: signed_contracts_are_recruits.
/// </summary>
internal static class SignedUp
{
    private static readonly WordSet Verbs = WordLists.Set("signUpVerbs");
    private static readonly WordSet Objects = WordLists.Set("signUpObjects");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        Verbs.Contains(w) && i + 1 < reader.Tokens.Count && reader.Tokens[i + 1].IsWord
        && (Objects.Contains(reader.Word(i + 1)) || (reader.Is(i + 1, "military") && reader.Is(i + 2, "contracts")));
}
