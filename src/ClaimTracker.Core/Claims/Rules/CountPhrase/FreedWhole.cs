namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Of the 90 freed in the first stage, 14 were taken to hospital": a fronted partitive whole with no people noun,
/// named only by its release (counts.json <c>freedWholeParticiples</c>), counts the released people (other, the
/// released prisoners' convention), and the part after the comma counts a share of them. With a noun ("Of the 90
/// prisoners freed") <see cref="FrontedPartitive"/> and <see cref="PartitiveWhole"/> read it; without one the figure
/// was dropped as a bare number (metric27's left row). Golden case: of_the_freed_with_no_noun.
/// </summary>
internal static class FreedWhole
{
    private static readonly WordSet Leads = WordLists.Set("frontedPartitiveLeads");
    private static readonly WordSet Determiners = WordLists.Set("pointingBackDeterminers");
    private static readonly WordSet FreedParticiples = WordLists.Set("freedWholeParticiples");

    // Whether the sentence opens "Of the N freed", the count being the phrase's.
    private static bool Opens(PeopleCountReader reader, CountPhrase phrase)
    {
        var of = phrase.QualifierFirst - 2;
        return (of == 0 || AfterDatelineDash(reader, of)) && reader.IsIn(of, Leads) && reader.IsIn(of + 1, Determiners)
            && reader.IsIn(phrase.TokenAfter, FreedParticiples);
    }

    /// <summary>When the sentence opens "Of the N freed", names the count's fate (other) and says so.</summary>
    public static bool Names(PeopleCountReader reader, CountPhrase phrase)
    {
        if (!Opens(reader, phrase))
        {
            return false;
        }
        phrase.NamedMetric = Metric.Other;
        return true;
    }

    // "KADUNA, Nigeria (AFP) - Of the 60 released": a first sentence opens after its dateline's dash.
    private static bool AfterDatelineDash(PeopleCountReader reader, int of) =>
        of > 0 && !reader.Tokens[of - 1].IsWord && reader.Text[reader.Tokens[of - 1].Start] is '-' or '\u2013' or '\u2014';
}
