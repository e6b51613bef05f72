namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ukraine has received the bodies of 1,000 people that Russia says are Ukrainian servicemen, the Coordination
/// Headquarters has said": a speaker inside a relative clause ("that Russia says", "whom the army says") qualifies the
/// people counted; the figure belongs to the speaker of the sentence, named after that clause. Golden case:
/// speaker_inside_a_relative_clause_is_not_the_source.
/// </summary>
internal static class EmbeddedSpeaker
{
    private static readonly WordSet Relatives = WordLists.Set("embeddingRelatives");

    /// <summary>Whether <paramref name="speaker"/> opens right after a relative pronoun and another speaker follows it in the sentence.</summary>
    public static bool Is(string text, List<Attributor> own, Attributor speaker)
    {
        var end = speaker.Start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < end && Relatives.Contains(text.AsSpan(start, end - start)) && own.Exists(a => a.Position > speaker.Position);
    }
}
