namespace ClaimTracker.Core.Claims;

/// <summary>
/// A sports story's athletes keep the nation its first toll gave them: "Russia's war has claimed the lives of 262
/// Ukrainian athletes …" then "Huttsait said more than 50 athletes had been killed", "the ministry put the number of
/// athletes and coaches killed at 133" (Unseen78 reuters); the stored pages word the ministry's later figures the same
/// way ("133 Ukrainian athletes and coaches" then "133 athletes and coaches have died", "361 Ukrainian athletes and
/// coaches" then "More than 3,000 athletes and coaches defend"). Sports people (populations.json `sportsPeopleNouns`)
/// with no nation, in a sentence naming no people but as a place, take the one nation every earlier sports count of the
/// story was given; none when earlier counts give two nations or none. Soldiers and civilians have their own readings
/// (<see cref="StoryCountry"/>, <see cref="CountryCivilians"/>). Golden cases: athletes_of_the_story_keep_their_nation,
/// athletes_of_two_nations_stay_bare.
/// </summary>
internal static class SportsPeopleOfTheStory
{
    private static readonly WordSet Nouns = WordLists.Set("sportsPeopleNouns");

    public static Nationality? Of(ClaimDraft draft, List<(Nationality People, bool AsPlace)> named, List<ClaimDraft> drafts)
    {
        if (draft.Military || !Nouns.Contains(draft.Noun) || !named.TrueForAll(n => n.AsPlace))
        {
            return null;
        }
        string? nation = null;
        foreach (var earlier in drafts)
        {
            if (earlier == draft)
            {
                break;
            }
            if (earlier.Military || !Nouns.Contains(earlier.Noun) || earlier.Nationalities.Count == 0)
            {
                continue;
            }
            if (earlier.Nationalities.Count > 1 || (nation is not null && nation != earlier.Nationalities[0]))
            {
                return null;
            }
            nation = earlier.Nationalities[0];
        }
        return nation is null ? null : Nationality.OfPhrase(nation);
    }
}
