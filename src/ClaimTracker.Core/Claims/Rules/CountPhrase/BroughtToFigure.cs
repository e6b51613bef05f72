namespace ClaimTracker.Core.Claims;

/// <summary>
/// "1,000 bodies had been repatriated, bringing to more than 15,000 the number returned since 2022": a figure a count
/// brings a total to, named before the total's noun, is the same people's running total, so a bare number after
/// "bringing to" and before "the number" / "the toll" (counts.json totalVerbs, the list <see cref="BareCount"/>'s
/// "taking the total to" reads too, and tollWords) takes the count before it in its sentence, its people and fate (as
/// an elided noun does); a relative clause after the total ("the number who have died", "the toll that were killed",
/// counts.json figureRelatives) gives the fate its own verb names. Golden cases: bringing_to_a_figure_the_number,
/// bringing_to_the_number_who_have_died.
/// </summary>
internal sealed class BroughtToFigure : CountPhraseRule
{
    public static readonly BroughtToFigure Rule = new();

    private static readonly WordSet TotalVerbs = WordLists.Set("totalVerbs");
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet Relatives = WordLists.Set("figureRelatives");

    private BroughtToFigure()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || phrase.Previous is null || phrase.Elided)
        {
            return true;
        }
        var q = phrase.QualifierFirst;
        var after = phrase.TokenAfter;
        if (q - 2 > phrase.PreviousBound && reader.Is(q - 1, "to") && reader.IsIn(q - 2, TotalVerbs)
            && reader.Is(after, "the") && reader.IsIn(after + 1, TollWords))
        {
            phrase.Elided = true;
            // "bringing to six the number who have died": the total's own relative clause names its fate, which
            // outweighs a word of the count before ("after their incubators lost power"; Unseen73 justsecurity).
            if (reader.IsIn(after + 2, Relatives) && FigureBeforeItsNumber.FateAfter(reader, after + 3) is { } fate)
            {
                phrase.NamedMetric = fate;
            }
        }
        return true;
    }
}
