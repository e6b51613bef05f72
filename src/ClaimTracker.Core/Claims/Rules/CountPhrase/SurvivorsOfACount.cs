namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Our crews pulled five children from the rubble, two of them alive": the share of a counted group that survived is
/// how the group came out, not a count of its own; the golds annotate the group ("pulled N people from the rubble
/// alive" is evacuated) and never "N of them alive" (Unseen56 rte-gaza lists the five and not the two). A count followed
/// by a partitive of a pronoun (counts.json asidePartitives, asidePronouns) and a survival word (survivalStates), with
/// the clause ending there, is dropped; "seven of them from a collapsed stairwell" (golden case
/// pulled_out_alive_is_rescued) names a place, not a state, and stays. Golden case: survivors_of_a_count_are_no_count.
/// </summary>
internal sealed class SurvivorsOfACount : CountPhraseRule
{
    public static readonly SurvivorsOfACount Rule = new();

    private static readonly WordSet Partitives = WordLists.Set("asidePartitives");
    private static readonly WordSet Pronouns = WordLists.Set("asidePronouns");
    private static readonly WordSet States = WordLists.Set("survivalStates");

    private SurvivorsOfACount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var of = phrase.TokenAfter;
        var survivors = reader.IsIn(of, Partitives) && reader.IsIn(of + 1, Pronouns) && reader.IsIn(of + 2, States)
            && !(of + 3 < reader.Tokens.Count && reader.Tokens[of + 3].IsWord);
        return !survivors;
    }
}
