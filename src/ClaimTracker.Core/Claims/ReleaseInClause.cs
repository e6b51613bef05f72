namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whether a clause speaks of people released (metrics.json released: "freed", "swapped", "returned", "back"). "Back"
/// after a verb of fighting or pushing (metrics.json backParticleVerbs: "push back", "win back", "beat back", "drive
/// back") is the particle of a retaking, not a return of people: "12,000 North Koreans were sent to Kursk late last
/// year to help Russia push back a Ukrainian incursion" counts a deployment (Unseen43 aljazeera-nis; golden case
/// sent_to_push_back_is_deployed), while "handed back", "brought back" and "sent back" stay releases. "Released" right after
/// a thing published, or a few words after it (metrics.json publishedThings: "in an interview with the American podcaster
/// … released Sunday, saying around 12,000 North Korean troops had arrived in Kursk", Unseen72 chosunilbo; "a video
/// released by the group") is a publication, freeing no one;
/// golden case interview_released_frees_no_one.
/// </summary>
internal static class ReleaseInClause
{
    private static readonly WordSet BackParticleVerbs = WordLists.Set("backParticleVerbs");
    private static readonly WordSet PublishedThings = WordLists.Set("publishedThings");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    // "an interview with the American podcaster Lex Fridman released": the thing published and its participle may stand seven words apart.
    private const int PublishedReach = 8;

    public static bool Reads(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, ClaimLexicon.Released) && !(reader.Is(i, "back") && reader.IsIn(i - 1, BackParticleVerbs)) && !Published(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    // "an interview released Sunday", "an interview with the podcaster Lex Fridman released Sunday": a thing published
    // within a few words before the participle, with only words between (no figure, people noun or verb of being: "the
    // report said 20 soldiers were released", "the statement said 30 soldiers released by the rebels" free them).
    private static bool Published(PeopleCountReader reader, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - PublishedReach && reader.Tokens[j].IsWord && !reader.IsNumberToken(j) && !reader.IsIn(j, Auxiliaries) && !PeopleWords.IsPeopleNoun(reader.Word(j)); j--)
        {
            if (reader.IsIn(j, PublishedThings))
            {
                return true;
            }
        }
        return false;
    }
}
