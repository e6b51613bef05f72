namespace ClaimTracker.Core.Claims;

/// <summary>
/// A wound named by its kind is a wound: "Most of the victims - 32 people - suffered cuts from shattered glass", "the
/// ambulance service said it treated three others for shock", "five sustained minor fractures". The injured are often
/// counted a second time by what hurt them, after the toll gave them as injured (Unseen62 kyivindependent-kyiv, naharnet:
/// Magen David Adom's "treated for shock" after a rocket, wounded as the golds read "treated for shrapnel wounds and
/// shock"). An injury's kind (metrics.json <c>woundKinds</c>) with at most two of its modifiers before it
/// (<c>woundKindModifiers</c>: "minor", "deep"), right after a suffering verb (<c>woundKindVerbs</c>) or after "for" a few
/// words after a treatment verb (<c>treatmentWords</c>). Kinds that name no injury ("treated for acute malnutrition", "suffered power cuts", "suffered
/// heavy losses") are not read here. Read by <see cref="MetricWord"/>. Golden cases: a_wound_named_by_its_kind,
/// power_cuts_are_no_wound.
/// </summary>
internal static class WoundOfAKind
{
    // "treated three others for shock", "treated the two injured soldiers for shock": how far "for" may stand after the verb.
    private const int ForReach = 6;
    private const int Modifiers = 2;
    private static readonly WordSet Verbs = WordLists.Set("woundKindVerbs");
    private static readonly WordSet TreatmentVerbs = WordLists.Set("treatmentWords");
    private static readonly WordSet Kinds = WordLists.Set("woundKinds");
    private static readonly WordSet KindModifiers = WordLists.Set("woundKindModifiers");

    // The count stands before the verb, so the reading opens on the kind, the last word, which the search after the
    // count reaches: the modifiers, then "for" a few words after a treatment verb, or a suffering verb right before.
    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!Kinds.Contains(w))
        {
            return false;
        }
        var k = i - 1;
        while (k >= 0 && i - k <= Modifiers && reader.IsIn(k, KindModifiers))
        {
            k--;
        }
        if (reader.IsIn(k, Verbs))
        {
            return true;
        }
        return reader.Is(k, "for") && TreatedBefore(reader, k);
    }

    /// <summary>Whether an injury's kind opens the words at <paramref name="k"/>, past at most two of its modifiers ("minor cuts").</summary>
    public static bool KindIn(PeopleCountReader reader, int k)
    {
        for (var j = k; j < reader.Tokens.Count && j <= k + Modifiers; j++)
        {
            if (reader.IsIn(j, Kinds))
            {
                return true;
            }
            if (!reader.IsIn(j, KindModifiers))
            {
                return false;
            }
        }
        return false;
    }

    // A treatment verb a few words before "for", no mark between: "treated three others for shock".
    private static bool TreatedBefore(PeopleCountReader reader, int forAt)
    {
        for (var k = forAt - 1; k >= 0 && k >= forAt - ForReach; k--)
        {
            // A mark ends the clause; the count's figure ("treated 12 people for shock") does not.
            if (!reader.Tokens[k].IsWord && !reader.IsNumberToken(k))
            {
                return false;
            }
            if (reader.IsIn(k, TreatmentVerbs))
            {
                return true;
            }
        }
        return false;
    }
}
