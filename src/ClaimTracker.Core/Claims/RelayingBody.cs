namespace ClaimTracker.Core.Claims;

/// <summary>
/// "OCHA said, citing the IOM's Displacement Tracking Matrix, …", "The UN, citing the Gaza health ministry, said …",
/// "UNICEF said on Monday, citing Lebanon's health ministry, that …": a registered body that passes on another
/// registered body's figures relays them, as an outlet does, so the one cited is the source. The citation must sit in
/// the speaker's own frame (between its name and its verb, or straight after the verb across a comma), so a citation
/// in another clause of the sentence does not take the speaker's figures. Golden case:
/// a_registered_body_citing_another_relays_it.
/// </summary>
internal static class RelayingBody
{
    private static readonly WordSet RelayParticiples = WordLists.Set("relayParticiples");

    // "said on Monday, citing" is 17 characters from the verb to the cue; a longer stretch is another clause.
    private const int FrameReach = 32;

    /// <summary>True when <paramref name="speaker"/>, a registered body, cites <paramref name="cited"/>, another one, in its own frame.</summary>
    public static bool PassesOn(string text, Attributor speaker, Attributor cited)
    {
        if (speaker.Source is null || cited.Source is null || speaker.Source == cited.Source
            || !RelayParticiples.Contains(CueWord(text, cited.Position)))
        {
            return false;
        }
        if (speaker.End <= cited.Position && cited.Position < speaker.Position)
        {
            return true;
        }
        var gap = cited.Position - speaker.Position;
        if (gap <= 0 || gap > FrameReach)
        {
            return false;
        }
        var between = text.AsSpan(speaker.Position, gap).TrimEnd();
        return between.EndsWith(",") && between.IndexOfAny(".;\"“”") < 0;
    }

    private static string CueWord(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[position..end];
    }
}
