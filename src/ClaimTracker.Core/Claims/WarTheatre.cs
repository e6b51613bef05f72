namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country's name (not its people's adjective) before a front or campaign noun names where a war is fought, not whose
/// people a count counts, nor a home whose only soldiers they are: "killed in the Gaza ground offensive", "on the
/// Lebanon front", "since the Ukraine operation began". Such a name is left out of the sentence's named peoples
/// altogether: read as a place, "the military's total … on the Lebanon front" made the army's own dead Lebanese (a
/// country's only soldiers). An army's running toll of its own dead names its fronts this way ("the number of soldiers killed
/// in the Gaza ground offensive at 385", the army said), and the front's country, read as a people, kept the soldiers
/// from their army's nation. The adjective stays a people ("the Israeli ground offensive" names the attacker), and so
/// does a name with no front noun after it. Words: populations.json <c>theatreNouns</c>, <c>theatreModifiers</c>.
/// Read by <see cref="NamedAsPlace"/>. Golden cases: an_armys_toll_names_its_fronts, a_front_adjective_stays_a_people.
/// </summary>
internal static class WarTheatre
{
    private const int ModifierWords = 2;
    private static readonly WordSet Nouns = WordLists.Set("theatreNouns");
    private static readonly WordSet Modifiers = WordLists.Set("theatreModifiers");

    /// <summary>Whether the country named by <paramref name="count"/> tokens at <paramref name="i"/> names a front.</summary>
    public static bool At(string text, List<Token> tokens, int i, int count, Nationality nationality)
    {
        var next = i + count;
        for (var k = next; k < tokens.Count && k <= next + ModifierWords && tokens[k].IsWord; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (Nouns.Contains(word))
            {
                var name = text.AsSpan(tokens[i].Start, tokens[next - 1].End - tokens[i].Start);
                return !name.Equals(nationality.Adjective, StringComparison.OrdinalIgnoreCase);
            }
            if (!Modifiers.Contains(word))
            {
                return false;
            }
        }
        return false;
    }
}
