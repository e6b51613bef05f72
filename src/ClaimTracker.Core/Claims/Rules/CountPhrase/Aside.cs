namespace ClaimTracker.Core.Claims;

/// <summary>
/// Aside: "30 Palestinians, including 12 children, were killed" — the aside shares the outer count's people and
/// fate, as does "among them" or "of whom", or a count opening a dash or bracket aside (<see cref="CountAside"/>: "six
/// health workers - four doctors, a nurse and a pharmacist - were abducted"); after an aside a count goes on from the outer one ("killed 40 people,
/// including 10 children, and wounded more than 60"). Sets <see cref="CountPhrase.InAside"/> and
/// <see cref="CountPhrase.Like"/>. Golden cases: gaza_including_children, among_them_aside,
/// after_an_aside_the_outer_people, aside_victims_not_the_army, dash_aside_with_a_list, a_breakdown_after_the_clause.
/// A second part of a listed aside ("among them four women and three children") is in the aside too, so "and wounded 17
/// others" after it goes on from the outer count (<see cref="CountAside.ContinuesList"/>; golden case
/// others_after_a_listed_aside_are_the_outer_people). Such a later part takes no nation from the outer count once
/// attribution has given it one (<see cref="OwnPopulation"/>): that nation is often a place's read against a bare gold
/// ("More than 110 civilians, among them at least 22 children and nine members of a medical team … in Sudan's western
/// Darfur region", Unseen42 bbc-zamzam, where "nine members" would turn "Sudanese"), so it is read as before.
/// </summary>
internal sealed class Aside : CountPhraseRule
{
    public static readonly Aside Rule = new();

    private Aside()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var previous = phrase.Previous;
        var q = phrase.QualifierFirst;
        var bound = phrase.PreviousBound;
        phrase.InAside = previous is not null && q - 1 > bound
            && (reader.Is(q - 1, "including") || reader.Is(q - 1, "among")
                || ((reader.Is(q - 1, "them") || reader.Is(q - 1, "whom")) && q - 2 > bound && (reader.Is(q - 2, "among") || reader.Is(q - 2, "of")))
                || CountAside.OpenedBy(reader, bound, q, phrase.Last)
                || CountAside.OpensBreakdown(reader, bound, q, phrase.Last)
                || (previous.AsideOf is not null && CountAside.ContinuesBreakdown(reader, bound, q, phrase.Last)));
        phrase.ListedInAside = !phrase.InAside && previous?.AsideOf is not null && CountAside.ContinuesList(reader, bound, q);
        phrase.InAside |= phrase.ListedInAside;
        phrase.Like = phrase.InAside ? previous : previous?.AsideOf ?? previous;
        return true;
    }
}
