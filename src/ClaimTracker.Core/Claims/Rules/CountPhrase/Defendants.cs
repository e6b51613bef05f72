namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a court convicts, sentences or acquits are defendants, not a count of a fate: "a court found two Russian
/// soldiers guilty", "Two Russian soldiers get 11½ years" (Unseen79 washingtonpost-second-war-crimes-trial, whose
/// conventions list defendants as no claims), "a tribunal convicted and sentenced nine former soldiers" (trial
/// reporting read through the stored pages). The model: a verdict verb (counts.json <c>verdictVerbs</c>: convicted,
/// sentenced, acquitted, indicted) right before the count's hedge; "found" there with "guilty" within
/// <see cref="GuiltyReach"/> words after the count's noun; or, after the noun, a verb of receiving a term
/// (<c>termVerbs</c>: get, gets, receive…) followed by a number and a term word (<c>termWords</c>: years, months, life).
/// The count is dropped whatever fate its clause read: in "convicted nine former guards over the deaths of 350
/// civilians" the deaths are the other count's; "killed 20 civilians, a court found" names no defendants and keeps its
/// toll. Golden case: defendants_are_no_count.
/// </summary>
internal sealed class Defendants : CountPhraseRule
{
    public static readonly Defendants Rule = new();

    // "found two Russian soldiers guilty", "found the three men from the unit guilty".
    private const int GuiltyReach = 4;

    private static readonly WordSet VerdictVerbs = WordLists.Set("verdictVerbs");
    private static readonly WordSet TermVerbs = WordLists.Set("termVerbs");
    private static readonly WordSet TermWords = WordLists.Set("termWords");

    private Defendants()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var before = phrase.TokenBefore;
        var end = phrase.Noun >= 0 ? phrase.Noun : phrase.Last;
        var tried = (before > phrase.PreviousBound && reader.IsIn(before, VerdictVerbs))
            || (reader.Is(before, "found") && GuiltyAfter(reader, end))
            || TermAfter(reader, end);
        return !tried;
    }

    private static bool GuiltyAfter(PeopleCountReader reader, int end)
    {
        var tokens = reader.Tokens;
        for (var i = end + 1; i < tokens.Count && i <= end + GuiltyReach; i++)
        {
            if (!tokens[i].IsWord)
            {
                return false;
            }
            if (reader.Is(i, "guilty"))
            {
                return true;
            }
        }
        return false;
    }

    // "Two Russian soldiers get 11½ years", "three officers received 15-year terms".
    private static bool TermAfter(PeopleCountReader reader, int end) =>
        reader.IsIn(end + 1, TermVerbs) && reader.IsNumberToken(end + 2)
            && (reader.IsIn(end + 3, TermWords) || reader.IsIn(end + 4, TermWords));
}
