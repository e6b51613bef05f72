namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to Lebanese sources", "a Lebanese security source said", "Palestinian medical sources said", "medical
/// sources in Gaza": wire copy's unnamed sources are a speaker of their own, not whichever body of that country the
/// article names nearest (Hezbollah through a later "Nasrallah", the army, the civil defence); the gold convention
/// credits no registered body (golden cases security_sources_are_not_carried, medical_sources_are_a_speaker_of_their_own).
/// Words as data (speakers.json <c>anonymousSourceHeads</c>). Golden case: a_countrys_sources_are_no_body_of_it;
/// Unseen22 newarab-shebaa-father-son-drone, Unseen10 xinhua-israel-reservists-gaza-city.
/// </summary>
internal static class AnonymousSources
{
    private static readonly WordSet Heads = WordLists.Set("anonymousSourceHeads");

    /// <summary>Whether the attributor's words are unnamed sources ("Lebanese security sources", "a source").</summary>
    public static bool Is(string attributorText)
    {
        foreach (var word in new SpacedWords(attributorText))
        {
            if (Heads.Contains(word.TrimEnd(",.;:")))
            {
                return true;
            }
        }
        return false;
    }
}
