namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The M23, which the UN says is backed by about 4,000 Rwandan soldiers, denies …": a figure between a speaker and its
/// verb belongs to that speaker ("Burundi, which has some 10,000 soldiers in Congo, said"), unless a speaker of its own
/// stands in the clause before it, as "the UN says" does here. Golden case: which_the_un_says_inside_the_clause.
/// </summary>
internal static class RelativeClauseSpeaker
{
    /// <summary>The last speaker inside <paramref name="outer"/>'s span whose verb comes before the figure, or null.</summary>
    public static Attributor? Within(List<Attributor> own, Attributor outer, int position)
    {
        Attributor? inner = null;
        foreach (var a in own)
        {
            if (!ReferenceEquals(a, outer) && a.Start > outer.Start && a.Start < position && a.Position < position)
            {
                inner = a;
            }
        }
        return inner;
    }
}
