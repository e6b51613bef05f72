namespace ClaimTracker.Core.Claims;

/// <summary>
/// "North Korean soldiers sent to shore up Russian forces … have taken heavy losses. As many as 40 were killed or
/// wounded": a force named after a word of serving ("alongside", "to help", "to back", "to shore up") is the side the
/// story's force serves, not the story's own population, so a bare count after the sentence borrows the force that
/// serves (North Korean troops), not the nearest nation (Russian) — the wire lede of every North Korean deployment story
/// (Unseen51 spokesman-gur-north-koreans-kursk-losses; "fighting alongside Russian forces", "sent to help Russian
/// troops"). <see cref="ServedCountry"/> does the same for a country after "for"/"with"; this reads the force's noun
/// phrase. Words as data (populations.json <c>servingWords</c>, <c>servingParticleVerbs</c> before "up"). Read by
/// <c>ClaimExtractor.PeopleIn</c>. Golden case: a_bare_count_takes_the_force_that_serves.
/// </summary>
internal static class ServedForce
{
    private const int Reach = 4;
    private static readonly WordSet Serving = WordLists.Set("servingWords");
    private static readonly WordSet ParticleVerbs = WordLists.Set("servingParticleVerbs");

    /// <summary>Whether the force noun at <paramref name="noun"/>, with a nationality before it, follows a word of serving.</summary>
    public static bool At(string text, List<Token> tokens, int noun)
    {
        var nation = false;
        for (var j = noun - 1; j >= 0 && j >= noun - Reach && tokens[j].IsWord; j--)
        {
            if (Nationality.At(text, tokens, j) is not null)
            {
                nation = true;
                continue;
            }
            var word = text.AsSpan(tokens[j].Start, tokens[j].Length);
            if (Serving.Contains(word) || (word.Equals("up", StringComparison.OrdinalIgnoreCase) && j > 0 && tokens[j - 1].IsWord
                && ParticleVerbs.Contains(text.AsSpan(tokens[j - 1].Start, tokens[j - 1].Length))))
            {
                return nation;
            }
            if (!word.Equals("the", StringComparison.OrdinalIgnoreCase) && !char.IsUpper(word[0]))
            {
                return false;
            }
        }
        return false;
    }
}
