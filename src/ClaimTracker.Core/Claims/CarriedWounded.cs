namespace ClaimTracker.Core.Claims;

/// <summary>
/// "officers had carried eight of the wounded to ambulances", "border guards evacuated six of the injured": a part of
/// the wounded or dead that someone carries, drives or evacuates counts those people, not the carriers. The troop noun
/// that opens the sentence names who did the carrying, so it must not make the counted troops (nor, through a
/// dateline's country, "Ukrainian troops"; Unseen15 ap-donetsk-pension-queue-strike). Model: a metric word after
/// "of" and a determiner, the count before them, and a carrying verb (metrics.json <c>carryingVerbs</c>) right
/// before the count; nor does the carriers' nation (<see cref="NationalityBeforeCount"/>: "Lebanese soldiers drove two of
/// the injured"). "The army named five of the dead" keeps the army's people. Golden case:
/// carried_wounded_are_not_the_carriers.
/// </summary>
internal static class CarriedWounded
{
    private static readonly WordSet CarryingVerbs = WordLists.Set("carryingVerbs");
    private static readonly WordSet Determiners = WordLists.Set("partitiveDeterminers");

    public static bool Holds(PeopleCountReader reader, ClaimDraft draft, int noun)
    {
        if (!reader.IsIn(noun - 1, Determiners) || !reader.Is(noun - 2, "of"))
        {
            return false;
        }
        var tokens = reader.Tokens;
        var before = -1;
        for (var i = 0; i < noun - 2 && tokens[i].End <= draft.MentionStart; i++)
        {
            before = i;
        }
        return reader.IsIn(before, CarryingVerbs);
    }
}
