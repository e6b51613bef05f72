namespace ClaimTracker.Core.Claims;

/// <summary>
/// A metric noun right before "of"/"to" and the count names its metric, whatever verb or noun comes later in the
/// clause: "resulted in the deaths of nine soldiers … and injuries to at least 14 others", "the killing of some 16
/// people", "the abduction of 20 pupils"; "the remains of 28 captives", "the bodies of 45 hostages" count the dead,
/// whatever the people were before they died, as do "the coffins of 20 soldiers flown home" and "the portraits of 101
/// fallen soldiers" on a memorial wall (metrics.json remainsNouns); "funerals for eight of the reservists were held" counts
/// the dead too (mourningNouns, before "for");
/// "the fate of 2,100 residents" counts the missing (metrics.json fateNouns).
/// Golden cases: deaths_of_and_injuries_to, remains_of_captives_are_dead, coffins_of_soldiers_are_dead, the_fate_of_the_count_is_missing,
/// funerals_and_portraits_count_the_dead, the_funeral_of_family_members.
/// </summary>
internal static class NounOfCount
{
    private static readonly WordSet RemainsNouns = WordLists.Set("remainsNouns");
    private static readonly WordSet FateNouns = WordLists.Set("fateNouns");
    private static readonly WordSet MourningNouns = WordLists.Set("mourningNouns");

    public static Metric? Before(PeopleCountReader reader, int qualifierFirst, int left)
    {
        var p = qualifierFirst - 1;
        // "Funerals for eight of the reservists were held": the people mourned are dead, whatever the verb after says;
        // so are those of "at the funeral of five members of his family" (Unseen55 energynews-reuters; golden case
        // the_funeral_of_family_members).
        if (p - 1 >= Math.Max(0, left) && (reader.Is(p, "for") || reader.Is(p, "of")) && reader.IsIn(p - 1, MourningNouns))
        {
            return Metric.Killed;
        }
        if (p - 1 < left || p - 1 < 0 || !(reader.Is(p, "of") || reader.Is(p, "to")) || !reader.Tokens[p - 1].IsWord)
        {
            return null;
        }
        if (reader.Is(p, "of") && RemainsNouns.Contains(reader.Word(p - 1)))
        {
            return Metric.Killed;
        }
        // "the fate of around 2,100 residents remains unknown": people whose fate is asked after are missing.
        if (reader.Is(p, "of") && FateNouns.Contains(reader.Word(p - 1)))
        {
            return Metric.Missing;
        }
        return MetricWord.At(reader, p - 1, p) is { } m && m is not (Metric.Deployed or Metric.Engaged) ? m : null;
    }
}
