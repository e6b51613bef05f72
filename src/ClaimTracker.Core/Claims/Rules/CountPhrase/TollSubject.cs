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
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet DeathTolls = WordLists.Set("deathTollWords");

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

    /// <summary>
    /// Whether "death toll" is the subject of the verb whose figure the count is: "Death Toll Tops 8,300 as Army Orders
    /// Evacuation", "the death toll has risen to 40 as crews evacuate the block". The toll says the fate, whatever a later
    /// clause of the headline or sentence goes on to tell (an evacuation, a rescue); read by <see cref="ClauseMetric"/>.
    /// Golden case: death_toll_tops_a_figure_beside_another_verb.
    /// </summary>
    public static bool HeadsDeathToll(PeopleCountReader reader, CountPhrase phrase)
    {
        var subject = phrase.TokenBefore;
        // "Death Toll Tops 8,300": the verb of passing is read as the figure's hedge, so the toll stands right before it.
        if (!reader.IsIn(phrase.QualifierFirst, Hedge.PassVerbs))
        {
            if (reader.Is(subject, "to") || reader.Is(subject, "at"))
            {
                subject--;
            }
            if (!reader.IsIn(subject, ChangeVerbs) && !reader.IsIn(subject, LevelVerbs))
            {
                return false;
            }
            subject--;
        }
        while (subject > 0 && reader.IsIn(subject, Auxiliaries))
        {
            subject--;
        }
        return reader.IsIn(subject, DeathTolls) && reader.Is(subject - 1, "death");
    }
}
