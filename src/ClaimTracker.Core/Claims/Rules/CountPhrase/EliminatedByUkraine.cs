namespace ClaimTracker.Core.Claims;

/// <summary>
/// The Russian soldiers Ukraine's General Staff and its commands say they "eliminated" or "liquidated" are their
/// combat losses, the dead and the wounded together, not the dead alone: the daily "Russia lost approximately 930
/// soldiers" bulletins headlined "eliminated more than 900 occupiers", a southern command's "eliminated 62 occupiers"
/// whose figure it splits into killed, injured and captured, and "Ukraine's General Staff says more than 230,000 Russian
/// soldiers have been eliminated, a figure that mixes the dead and the wounded" (Unseen74 ap-mediazona-meduza; Unseen72
/// rbcukraine-explainer: "a daily figure that combines the killed and the seriously wounded"). A killed count whose
/// clause verb is such a word (metrics.json lossEuphemisms) becomes killed_or_wounded when the counted are Russian or
/// called occupiers or invaders (invaderNouns), or the sentence names the General Staff beside Ukraine (ukraineWords);
/// "liquidated" joins metrics.json killed for it. Everyone else's "eliminated" stays killed, as the older golds read it (an army's "eliminated dozens of terrorists", Russia's
/// battlegroups' "eliminated up to 210 Ukrainian troops").
/// Golden case: eliminated_by_ukraine_are_losses.
/// </summary>
internal sealed class EliminatedByUkraine : CountPhraseRule
{
    public static readonly EliminatedByUkraine Rule = new();

    // How far past the count the euphemism may stand.
    private const int Reach = 6;

    private static readonly WordSet Euphemisms = WordLists.Set("lossEuphemisms");
    private static readonly WordSet Invaders = WordLists.Set("invaderNouns");
    private static readonly WordSet Ukraine = WordLists.Set("ukraineWords");

    private EliminatedByUkraine()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // The word may stand in quotation marks past the clause's end ('have been "eliminated,"').
        if (draft.Metric == Metric.Killed && reader.HasAny(Euphemisms, phrase.Left, Math.Max(phrase.Right + 1, phrase.AfterCount + Reach))
            && (CountedAsInvaders(reader, phrase) || UkrainesGeneralStaff(reader)))
        {
            draft.Metric = Metric.KilledOrWounded;
        }
        return true;
    }

    // "230,000 Russian soldiers", "more than 900 occupiers": the words between the number and the end of its noun.
    private static bool CountedAsInvaders(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var i = phrase.TokenAfter; i < reader.Tokens.Count && i < Math.Max(phrase.AfterCount, phrase.TokenAfter + 1); i++)
        {
            if (reader.IsIn(i, Invaders) || reader.Is(i, "Russian"))
            {
                return true;
            }
        }
        return false;
    }

    // "Ukraine's General Staff", "the General Staff of the Armed Forces of Ukraine".
    private static bool UkrainesGeneralStaff(PeopleCountReader reader)
    {
        for (var i = 0; i + 1 < reader.Tokens.Count; i++)
        {
            if (reader.Is(i, "General") && reader.Is(i + 1, "Staff"))
            {
                return reader.HasAny(Ukraine, Math.Max(0, i - 3), i) || reader.HasAny(Ukraine, i + 2, Math.Min(reader.Tokens.Count, i + 8));
            }
        }
        return false;
    }
}
