namespace ClaimTracker.Core.Claims;

/// <summary>
/// A death toll heads its clause however long the subject that says whose toll it is: "The death toll from an attack by
/// the RSF on a kindergarten and other sites in Sudan's South Kordofan state has risen to at least 114 people" (Unseen57
/// newspoint-aljazeera), "the toll from Sunday's missile strike on a residential building in the centre of Dnipro has
/// climbed to 23". The clause reader looks back only sixteen words, so a toll word further back is lost; a count that is
/// the complement of a verb of change ("has risen to", "climbed to", counts.json changeVerbs) or of a toll's level
/// ("reached", "stands at", counts.json tollSubjectVerbs) is still that toll's figure. The "including" member after it
/// shares the fate (<see cref="ClauseMetric"/>'s outer fate). Asked by <see cref="ClauseMetric"/> only when a toll word
/// stands before the count in its sentence. Golden case: long_toll_subject_counts_the_dead.
/// </summary>
internal static class TollSubject
{
    private static readonly WordSet ChangeVerbs = WordLists.Set("changeVerbs");
    private static readonly WordSet LevelVerbs = WordLists.Set("tollSubjectVerbs");

    /// <summary>Whether the count is the figure a verb of change or level gives its subject.</summary>
    public static bool Heads(PeopleCountReader reader, CountPhrase phrase)
    {
        var verb = phrase.TokenBefore;
        if (reader.Is(verb, "to") || reader.Is(verb, "at"))
        {
            verb--;
        }
        return reader.IsIn(verb, ChangeVerbs) || reader.IsIn(verb, LevelVerbs);
    }
}
