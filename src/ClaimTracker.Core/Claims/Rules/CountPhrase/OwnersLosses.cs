namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's losses named by their owner, with the figure after them: "Zelensky put the North's losses at around
/// 4,000 killed or wounded", "a U.S. official put the North's losses at 'a few hundred'", "Russia's losses now stand at
/// 720,000", "Kim's losses have reached 4,700". The figure names no people of its own (or only troops); the owner of the losses (a
/// country or capital, "the North" for the divided country the story named, a leader: as <see cref="LosingForce"/>
/// reads "Kim's troops") is whose soldiers it counts. Read after the speaker's own nationality has had its say, and
/// only where no nation was given: "Ukrainian President Zelensky" no longer leaves the North's losses bare people.
/// A toll word that is no losses word ("the North's death toll") and a non-possessive owner ("the war's losses",
/// lower-case) are left alone. A word that only says which losses (counts.json <c>lossesModifiers</c>: "Russia's
/// combat losses over the past day at 1,560 personnel", Unseen75 ukrinform-zelensky-address; "the North's overall
/// losses") may stand between the possessive and the losses word, as the Ukrainian General Staff's daily figures are
/// worded. Golden cases: an_owners_losses_are_its_soldiers, losses_with_no_owner_stay_bare,
/// an_owners_combat_losses_are_its_soldiers.
/// </summary>
internal sealed class OwnersLosses : CountPhraseRule
{
    public static readonly OwnersLosses Rule = new();

    private static readonly WordSet Modifiers = WordLists.Set("lossesModifiers");

    private OwnersLosses()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count > 0 || !(draft.Noun == "people" || draft.Military)
            || draft.Metric is not (Metric.KilledOrWounded or Metric.Killed)
            || LossesToll.WordBefore(reader, phrase) is not { } toll || !ClaimLexicon.KilledOrWounded.Contains(reader.Word(toll))
            || OwnersEnding(reader, toll) is not { } possessive)
        {
            return true;
        }
        if ((LosingCountry.CountryEndingAt(reader, possessive - 2) ?? ForcesOwner.Of(reader, possessive)) is { } owner)
        {
            draft.Noun = "troops";
            draft.Military = true;
            draft.Nationalities = [owner.Adjective];
        }
        return true;
    }

    // The "s" of the owner's possessive before the losses word at <paramref name="toll"/>, right before it or before one
    // word that says which losses ("Russia's combat losses").
    private static int? OwnersEnding(PeopleCountReader reader, int toll)
    {
        if (ForcesOwner.IsPossessiveEnding(reader, toll - 1))
        {
            return toll - 1;
        }
        return reader.IsIn(toll - 1, Modifiers) && ForcesOwner.IsPossessiveEnding(reader, toll - 2) ? toll - 2 : null;
    }
}
