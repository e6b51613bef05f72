namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's losses named by their owner, with the figure after them: "Zelensky put the North's losses at around
/// 4,000 killed or wounded", "a U.S. official put the North's losses at 'a few hundred'", "Russia's losses now stand at
/// 720,000", "Kim's losses have reached 4,700". The figure names no people of its own (or only troops); the owner of the losses (a
/// country or capital, "the North" for the divided country the story named, a leader: as <see cref="LosingForce"/>
/// reads "Kim's troops") is whose soldiers it counts. Read after the speaker's own nationality has had its say, and
/// only where no nation was given: "Ukrainian President Zelensky" no longer leaves the North's losses bare people.
/// A toll word that is no losses word ("the North's death toll") and a non-possessive owner ("the war's losses",
/// lower-case) are left alone. Golden cases: an_owners_losses_are_its_soldiers, losses_with_no_owner_stay_bare.
/// </summary>
internal sealed class OwnersLosses : CountPhraseRule
{
    public static readonly OwnersLosses Rule = new();

    private OwnersLosses()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count > 0 || !(draft.Noun == "people" || draft.Military)
            || draft.Metric is not (Metric.KilledOrWounded or Metric.Killed)
            || LossesToll.WordBefore(reader, phrase) is not { } toll || !ClaimLexicon.KilledOrWounded.Contains(reader.Word(toll))
            || !ForcesOwner.IsPossessiveEnding(reader, toll - 1))
        {
            return true;
        }
        if ((LosingCountry.CountryEndingAt(reader, toll - 3) ?? ForcesOwner.Of(reader, toll - 1)) is { } owner)
        {
            draft.Noun = "troops";
            draft.Military = true;
            draft.Nationalities = [owner.Adjective];
        }
        return true;
    }
}
