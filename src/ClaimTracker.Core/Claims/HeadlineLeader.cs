namespace ClaimTracker.Core.Claims;

/// <summary>
/// A headline may name the expeditionary state only by its leader: "Kim plants trees at site of museum for troops killed
/// in Russia's war", "Kim welcomes home army engineers from Russia" (Yonhap's and the wires' habit for Pyongyang's rites
/// of return). The story is the force's, as if "North Korea" stood there: "Kim receiving the coffins of 18 soldiers flown
/// back from Russia" counts North Korea's own dead (Unseen54 allthenews-yonhap-kim-museum-tree-planting, gold North
/// Korean troops). A leader's surname is populations.json <c>leaders</c> ("Kim:KP"); it must stand alone or open the
/// name ("Kim Jong Un"), not close another person's ("Vitaliy Kim", Mykolaiv's governor). Read by
/// <see cref="ExpeditionaryForce"/>. Golden case: a_leaders_headline_names_the_force.
/// </summary>
internal static class HeadlineLeader
{
    private static readonly Dictionary<string, string> Leaders = WordLists.Pairs(WordLists.Set("leaders"));

    // Asked of every word of a headline: looked up in place (the same case-blind comparer), not as a copy of the word.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LeaderOf = Leaders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The nation of a leader named at token <paramref name="i"/> of a headline, if he opens his name.</summary>
    public static Nationality? At(string text, List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || !LeaderOf.TryGetValue(text.AsSpan(token.Start, token.Length), out var country))
        {
            return null;
        }
        var afterAName = i > 0 && tokens[i - 1].IsWord && char.IsUpper(text[tokens[i - 1].Start]);
        return afterAName ? null : Nationality.OfCountry(country);
    }
}
