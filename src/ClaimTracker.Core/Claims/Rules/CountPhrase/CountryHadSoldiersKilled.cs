namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country that "had" its soldiers killed: "and that Russia had close to 600,000 soldiers killed and wounded", "Ukraine
/// has had some 40,000 troops killed". The country is the experiencer of the loss as it is the loser in "Russia has lost
/// 600,000 soldiers" (<see cref="LosingCountry"/>), and the count is its people whatever nation an earlier count of the
/// sentence named ("400,000 Ukrainian soldiers … had died, and that Russia had …"), which the shared noun would otherwise
/// lend it. Read only for a military count with no nation in its own words, a having verb right before it and its hedge
/// (counts.json <c>havingVerbs</c>; auxiliaries and a belief frame before the verb as <see cref="LosingCountry"/> steps
/// over them) and a fate participle right after its noun (counts.json <c>sufferedFates</c>); "Russia had 600,000 troops
/// in Ukraine" is a size, not a loss, and is left alone. Golden cases: a_country_that_had_soldiers_killed,
/// a_country_that_had_troops_in_place_is_not_read.
/// </summary>
internal sealed class CountryHadSoldiersKilled : CountPhraseRule
{
    public static readonly CountryHadSoldiersKilled Rule = new();

    private static readonly WordSet HavingVerbs = WordLists.Set("havingVerbs");
    private static readonly WordSet SufferedFates = WordLists.Set("sufferedFates");
    private static readonly WordSet LosingAuxiliaries = WordLists.Set("losingAuxiliaries");

    private CountryHadSoldiersKilled()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (phrase.Nationalities.Count > 0 || phrase.InAside || !draft.Military || phrase.Noun < 0 || verb < 1
            || !reader.IsIn(verb, HavingVerbs) || !reader.IsIn(phrase.Noun + 1, SufferedFates))
        {
            return true;
        }
        var before = verb - 1;
        while (before > 0 && reader.IsIn(before, LosingAuxiliaries))
        {
            before--;
        }
        if (LosingCountry.CountryEndingAt(reader, before) is { } loser)
        {
            draft.Nationalities = [loser.Adjective];
        }
        return true;
    }
}
