namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Ukrainian General Staff for its part reported 1,680 Russian soldiers killed or wounded": the aside that
/// SpeakerBefore already reads between commas ("Russia's Defence Ministry, for its part, said") also comes without them in
/// wire copy and its translations. Left unread, the walk back from the verb stopped at "part", found no speaker, and the
/// figure took the previous sentence's one (the enemy's ministry: Unseen82 lefigaro-live 1,680 and 799,710). The phrase
/// is skipped so the name before it speaks. Only "for" and an owner's pronoun (attribution.json forOnesPartOwners) before
/// "part", and a word before them, so "for their part in the fighting" after a noun is not read as an aside before a verb.
/// Golden cases: for_its_part_without_commas, for_its_part_after_a_named_group; unit tests ForOnesPartTests.
/// </summary>
internal static class ForOnesPart
{
    private static readonly WordSet Owners = WordLists.Set("forOnesPartOwners");

    /// <summary>The last token of the speaker's name when "for its part" ends at <paramref name="end"/>, else <paramref name="end"/>.</summary>
    public static int Skip(string text, List<Token> tokens, int end) =>
        end >= 3 && tokens[end].IsWord && tokens[end - 1].IsWord && tokens[end - 2].IsWord && tokens[end - 3].IsWord
        && AttributionFinder.Is(text, tokens[end], "part") && Owners.Contains(AttributionFinder.Word(text, tokens[end - 1]))
        && AttributionFinder.Is(text, tokens[end - 2], "for")
            ? end - 3
            : end;
}
