namespace ClaimTracker.Core.Claims;

/// <summary>
/// Increment: "2,000 more", "another", "fresh" add to an earlier count; "in total", "already", "since", "so far",
/// "to date" state a total; a count whose noun is an addition ("3,000 replacements", status.json incrementNouns) adds
/// too; else unknown. Golden cases: will_send_further, pentagon_plans_additional, total_so_far, further_shared_by_coordinated_objects.
/// </summary>
internal sealed class Increment : CountPhraseRule
{
    public static readonly Increment Rule = new();

    private Increment()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var number = phrase.Number;
        var more = phrase.More
            || (number.MentionEnd > number.End && reader.Text.AsSpan(number.End, number.MentionEnd - number.End).Contains("more", StringComparison.OrdinalIgnoreCase));
        var addedNoun = reader.IsIn(phrase.Noun, ClaimLexicon.IncrementNouns);
        // "has grown by about 2,500": the size of a rise is added to the count before it.
        draft.Increment = more || addedNoun || RiseBy.Before(reader, phrase) || reader.HasAny(ClaimLexicon.IncrementTrue, phrase.Left, phrase.First)
            ? true
            : reader.HasAny(ClaimLexicon.IncrementFalse, phrase.Left, phrase.QualifierFirst) || reader.HasAny(ClaimLexicon.IncrementFalse, phrase.AfterCount, phrase.Right) || HasInTotal(reader, phrase.AfterCount, phrase.Right)
                ? false
                : SharedAddition(reader, phrase);
        return true;
    }

    // "send a further 1,100 sappers and 4,700 military construction workers": the second object of the verb is added
    // with the first (Unseen39 dw; golden case further_shared_by_coordinated_objects).
    private static bool? SharedAddition(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.Previous is { Increment: true } previous && CoordinatedObject.Continues(reader, phrase, previous) ? true : null;

    private static bool HasInTotal(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i + 1 < to; i++)
        {
            if ((reader.Is(i, "so") && reader.Is(i + 1, "far")) || (reader.Is(i, "to") && reader.Is(i + 1, "date")) || (reader.Is(i, "in") && reader.Is(i + 1, "all")))
            {
                return true;
            }
        }
        return false;
    }
}
