namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whether a clause speaks of people released (metrics.json released: "freed", "swapped", "returned", "back"). "Back"
/// after a verb of fighting or pushing (metrics.json backParticleVerbs: "push back", "win back", "beat back", "drive
/// back") is the particle of a retaking, not a return of people: "12,000 North Koreans were sent to Kursk late last
/// year to help Russia push back a Ukrainian incursion" counts a deployment (Unseen43 aljazeera-nis; golden case
/// sent_to_push_back_is_deployed), while "handed back", "brought back" and "sent back" stay releases. "Released" right after
/// a thing published (metrics.json publishedThings: "in an interview released Sunday, saying around 12,000 North Korean
/// troops had arrived in Kursk", Unseen72 chosunilbo; "a video released by the group") is a publication, freeing no one;
/// golden case interview_released_frees_no_one.
/// </summary>
internal static class ReleaseInClause
{
    private static readonly WordSet BackParticleVerbs = WordLists.Set("backParticleVerbs");
    private static readonly WordSet PublishedThings = WordLists.Set("publishedThings");

    public static bool Reads(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, ClaimLexicon.Released) && !(reader.Is(i, "back") && reader.IsIn(i - 1, BackParticleVerbs)) && !reader.IsIn(i - 1, PublishedThings))
            {
                return true;
            }
        }
        return false;
    }
}
