namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whose people a possessive before the people noun names: "2,300 of Pyongyang's soldiers", "900 of Kim's troops",
/// "600 of the North's soldiers", "70 of Putin's soldiers". Reporting names a force by its state, capital, leader or
/// compass word; the count is that state's people. A capital or country is a nationality already (nationalities.json);
/// a leader's surname stands for the state he leads (populations.json <c>leaders</c>, "Kim:KP"), "the North" for the
/// divided country the article named in full (<see cref="CompassState"/>). Any other owner ("Hezbollah's fighters",
/// "the group's members") names no nation. Read by <see cref="PeopleNounPhrase"/>.
/// Golden cases: forces_named_by_their_owner, forces_named_by_their_owner_elsewhere.
/// </summary>
internal static class ForcesOwner
{
    private const int NameWords = 3;

    private static readonly Dictionary<string, string> Leaders = WordLists.Pairs(WordLists.Set("leaders"));

    /// <summary>Whether token <paramref name="k"/> is the "s" of a name's possessive ("Kim's", "Pyongyang’s").</summary>
    public static bool IsPossessiveEnding(PeopleCountReader reader, int k) =>
        EndsPossessive(reader, k) && char.IsUpper(reader.Text[reader.Tokens[k - 2].Start]);

    /// <summary>Whether token <paramref name="k"/> is the "s" of any word's possessive ("Gaza's", "the region's").</summary>
    public static bool EndsPossessive(PeopleCountReader reader, int k) =>
        k >= 2 && reader.Is(k, "s") && !reader.Tokens[k - 1].IsWord && reader.Text[reader.Tokens[k - 1].Start] is '\'' or '’'
        && reader.Tokens[k - 2].IsWord;

    /// <summary>The nation of the owner whose possessive ends at token <paramref name="k"/>, when a leader or compass word names it.</summary>
    public static Nationality? Of(PeopleCountReader reader, int k)
    {
        var owner = k - 2;
        if (CompassState.At(reader.Text, reader.Tokens, owner) is { } compass)
        {
            return compass;
        }
        return LeaderEndingAt(reader, owner);
    }

    /// <summary>The state of a leader whose name ends at token <paramref name="last"/> ("Kim", "Kim Jong Un", "Vladimir Putin").</summary>
    public static Nationality? LeaderEndingAt(PeopleCountReader reader, int last)
    {
        // "Kim Jong Un's": the surname may stand first in a name of several words.
        for (var i = last; i > last - NameWords && i >= 0 && reader.Tokens[i].IsWord && char.IsUpper(reader.Text[reader.Tokens[i].Start]); i--)
        {
            if (Leaders.TryGetValue(reader.Text.Substring(reader.Tokens[i].Start, reader.Tokens[i].Length), out var country))
            {
                return Nationality.OfCountry(country);
            }
        }
        return null;
    }
}
