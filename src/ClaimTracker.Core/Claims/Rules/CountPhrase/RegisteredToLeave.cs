namespace ClaimTracker.Core.Claims;

/// <summary>
/// People who have put their names down to leave have not left yet: "A further 3,892 are registered to depart",
/// "nearly 4,000 more registered to leave" (SBS on the evacuation flights from Lebanon, Unseen78), "Some 6,300 have signed
/// up to leave" (Unseen70), as governments report the queue for evacuation flights ("registered with the department to
/// leave"). A registration word after the count (status.json registrationWords: registered, signed, enrolled), then within
/// a few words "to" and a move out (departureMoves: leave, depart, evacuate; "to be evacuated" too): expected, the
/// departure still to come. Golden cases: registered_to_leave_is_expected, registered_to_leave_near_miss.
/// </summary>
internal sealed class RegisteredToLeave : CountPhraseRule
{
    public static readonly RegisteredToLeave Rule = new();

    // "3,892 Australians and family members remain registered": the registration word this far after the count's end.
    private const int RegistrationReach = 3;

    // "registered with the Department of Foreign Affairs to leave": the move this far after the registration word.
    private const int MoveReach = 8;

    private static readonly WordSet RegistrationWords = WordLists.Set("registrationWords");
    private static readonly WordSet DepartureMoves = WordLists.Set("departureMoves");

    private RegisteredToLeave()
        : base(RuleTriggers.Of("registeredToLeave"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status == ClaimStatus.Reported && Registration(reader, phrase) is var r and >= 0 && MoveOut(reader, r + 1, phrase.Right))
        {
            draft.Status = ClaimStatus.Expected;
        }
        return true;
    }

    private static int Registration(PeopleCountReader reader, CountPhrase phrase)
    {
        var end = Math.Min(phrase.Right, phrase.AfterCount + RegistrationReach);
        for (var i = phrase.AfterCount; i < end; i++)
        {
            if (reader.IsIn(i, RegistrationWords))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool MoveOut(PeopleCountReader reader, int from, int right)
    {
        var end = Math.Min(Math.Min(right, reader.Tokens.Count), from + MoveReach);
        for (var i = from; i < end; i++)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return false;
            }
            if (reader.Is(i, "to") && (reader.IsIn(i + 1, DepartureMoves) || (reader.Is(i + 1, "be") && reader.IsIn(i + 2, DepartureMoves))))
            {
                return true;
            }
        }
        return false;
    }
}
