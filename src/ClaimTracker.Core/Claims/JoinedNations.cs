namespace ClaimTracker.Core.Claims;

/// <summary>
/// "a combined contingent of Russian and North Korean soldiers in Kursk Oblast had lost about 200 personnel", "combined
/// Russian and Ukrainian casualties": two nations joined by "and" before the people or the losses they own are both the
/// count's people (the golds' "Russian and North Korean troops"), not the nearer one alone. Asked by
/// <see cref="NationalityBeforeCount"/> once the second nation is found to name the count's people; the first must be
/// another country's, and end right before "and". Unseen74 rubryka-isw (gold "Russian and North Korean troops", read
/// "North Korean troops"), as <see cref="UnitsOfNations"/> reads "servicemen of Russian and North Korean units".
/// Golden case: a_joint_force_of_two_nations_counts_both.
/// </summary>
internal static class JoinedNations
{
    /// <summary>The adjective of a nation joined by "and" before the one starting at token <paramref name="second"/>, or null.</summary>
    public static string? Before(PeopleCountReader reader, int second, string secondAdjective)
    {
        var and = second - 1;
        if (second < 2 || !reader.Is(and, "and"))
        {
            return null;
        }
        for (var s = Math.Max(0, and - 3); s < and; s++)
        {
            if (reader.Nationalities.At(s) is { } n && s + n.Tokens == and)
            {
                return n.Nationality.Adjective == secondAdjective ? null : n.Nationality.Adjective;
            }
        }
        return null;
    }
}
