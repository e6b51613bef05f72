namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who sought medical care after an attack are its wounded, as people taken to hospital are: "at least 24
/// people sought medical help after the shelling", "dozens sought hospital treatment", "40 residents were seeking
/// medical attention" (regional heads and health ministries count the lightly hurt so). A seeking verb (metrics.json
/// <c>careSeekVerbs</c>), then up to two modifiers and the care sought (<c>careSeekObjects</c>): with a care modifier
/// (<c>careModifiers</c>: "medical help", "hospital care") or a word that is care by itself (<c>careSeekOwnObjects</c>:
/// "sought treatment"); "sought help" or "sought refuge" name no care. Care for an illness stays <c>other</c>
/// (<see cref="CareForIllness"/>). "needed" and "required" seek care too, in the past of an attack ("Two women and one
/// man needed medical help", Unseen63 liga-zaporizhzhia); "need medical evacuation" names no care object and stays other.
/// Read by <see cref="MetricWord"/>. Golden cases: sought_medical_help_after_an_attack, needed_medical_help_after_an_attack.
/// </summary>
internal static class SoughtCare
{
    private static readonly WordSet SeekVerbs = WordLists.Set("careSeekVerbs");
    private static readonly WordSet Objects = WordLists.Set("careSeekObjects");
    private static readonly WordSet OwnObjects = WordLists.Set("careSeekOwnObjects");
    private static readonly WordSet Modifiers = WordLists.Set("careModifiers");

    public static bool Reads(PeopleCountReader reader, int i, ReadOnlySpan<char> w)
    {
        if (!SeekVerbs.Contains(w))
        {
            return false;
        }
        var modified = false;
        for (var j = i + 1; j < reader.Tokens.Count && j <= i + 3 && reader.Tokens[j].IsWord; j++)
        {
            var next = reader.Word(j);
            if (Objects.Contains(next))
            {
                return modified || OwnObjects.Contains(next);
            }
            if (!Modifiers.Contains(next))
            {
                return false;
            }
            modified = true;
        }
        return false;
    }
}
