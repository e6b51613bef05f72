namespace ClaimTracker.Core.Claims;

/// <summary>
/// People trapped where a building came down are missing, not shut in: "as many as 25 people had been trapped" in a
/// sentence that names the debris, "up to 20 people had been trapped when two entrances collapsed", and the people
/// rescuers reach only by voice, "made voice contact with two people in the wreckage" (Unseen49 ibtimes-chasiv-yar; the
/// gold reads them as Unseen15's "could still be trapped under the debris"). The collapse is named anywhere in the
/// sentence (metrics.json collapseWords), not only right after "trapped" as <see cref="UnderTheRubble"/> asks; a
/// city's trapped civilians, with no collapse named, stay `other` (<see cref="Confined"/>). Read by
/// <see cref="MetricWord"/> (contactNouns: the noun and "with"). Golden case: trapped_in_a_collapse_is_missing.
/// </summary>
internal static class TrappedInACollapse
{
    private static readonly WordSet CollapseWords = WordLists.Set("collapseWords");
    private static readonly WordSet ContactNouns = WordLists.Set("contactNouns");

    /// <summary>Whether the counted sentence names a collapse or its wreckage.</summary>
    public static bool Named(PeopleCountReader reader)
    {
        for (var j = 0; j < reader.Tokens.Count; j++)
        {
            if (reader.IsIn(j, CollapseWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"made contact with four people in the ruins": the contact word, "with", and a collapse named.</summary>
    public static bool Contact(PeopleCountReader reader, int i, ReadOnlySpan<char> w) =>
        ContactNouns.Contains(w) && reader.Is(i + 1, "with") && Named(reader);
}
