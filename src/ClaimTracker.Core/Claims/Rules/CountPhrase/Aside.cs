namespace ClaimTracker.Core.Claims;

/// <summary>
/// Aside: "30 Palestinians, including 12 children, were killed" — the aside shares the outer count's people and
/// fate, as does "among them" or "of whom", or a count opening a dash or bracket aside (<see cref="CountAside"/>: "six
/// health workers - four doctors, a nurse and a pharmacist - were abducted"); after an aside a count goes on from the outer one ("killed 40 people,
/// including 10 children, and wounded more than 60"). Sets <see cref="CountPhrase.InAside"/> and
/// <see cref="CountPhrase.Like"/>. Golden cases: gaza_including_children, among_them_aside,
/// after_an_aside_the_outer_people, aside_victims_not_the_army, dash_aside_with_a_list, a_breakdown_after_the_clause.
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
        phrase.Like = phrase.InAside ? previous : previous?.AsideOf ?? previous;
        return true;
    }
}
