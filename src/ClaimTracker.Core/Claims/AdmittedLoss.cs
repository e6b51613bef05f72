namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Russia has publicly acknowledged the deaths of just over 6,000 soldiers", "Kyiv admitted losing 43,000 troops": a
/// state that concedes losses speaks of its own, so its name is the people counted, not only the speaker who estimates
/// another's ("Washington puts the force at 11,000 troops", <see cref="SpeakersCountry"/>), and the story's
/// established army (<see cref="EstablishedPopulation"/>) does not reach the count. The country's name, then auxiliaries
/// and adverbs, then an admission verb (populations.json <c>admissionVerbs</c>). Golden cases:
/// a_state_admitting_losses_counts_its_own, a_state_estimating_anothers_losses_keeps_the_story_army.
/// </summary>
internal static class AdmittedLoss
{
    // "has publicly", "has so far only": words between the name and the verb.
    private const int Reach = 4;
    private static readonly WordSet AdmissionVerbs = WordLists.Set("admissionVerbs");

    /// <summary>Whether an admission verb follows the country whose name ends before token <paramref name="after"/>.</summary>
    public static bool After(string text, List<Token> tokens, int after)
    {
        for (var i = after; i < tokens.Count && i < after + Reach && tokens[i].IsWord; i++)
        {
            if (AdmissionVerbs.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return true;
            }
        }
        return false;
    }
}
