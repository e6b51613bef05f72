namespace ClaimTracker.Core.Claims;

/// <summary>
/// Whether a count of aid recipients is itself described as displaced: "cash assistance to 3,150 displaced people",
/// "reached 12,400 IDPs with food rations", "clean water to 38,000 people sheltering in schools", "cash grants to 7,700
/// refugees". The lead's gold convention (docs/extraction.md, metric16): such a count stays <c>displaced</c>, the aid
/// it received notwithstanding; a recipient no word of its own describes so ("food to 40,000 people in Tawila") is
/// <c>other</c>. The description is a word of the count's noun phrase, the participle right after it or the first words
/// of a relative clause after it that names displacement or evacuation (<see cref="MetricWord"/>); the giving verb
/// before the count and a phrase of place or time after it ("to 40,000 people in Tawila since the first arrivals",
/// Unseen18: <c>other</c>) are not part of it. Asked by
/// <see cref="AidRecipients"/> and <see cref="ReachedWithAid"/>. Golden cases: aid_given_to_displaced_people,
/// reached_with_aid_is_help (Unseen19's "provided multipurpose cash assistance to 3,150 displaced people").
/// </summary>
internal static class DisplacedRecipients
{
    private static readonly WordSet Relatives = WordLists.Set("relativePronouns");

    // How many words of a relative clause after the people noun may describe them: "who fled Zamzam".
    private const int ClauseReach = 3;

    public static bool Described(PeopleCountReader reader, CountPhrase phrase)
    {
        var tokens = reader.Tokens;
        var end = Math.Min(tokens.Count, Math.Max(phrase.Noun + 1, phrase.AfterCount));
        if (Names(reader, phrase.QualifierFirst, end, phrase.Right))
        {
            return true;
        }
        // Right after the people: a participle ("people sheltering in schools") or a relative clause ("people who fled");
        // a phrase of place or time ("in Tawila since the first arrivals") describes no one.
        if (end >= tokens.Count || !tokens[end].IsWord)
        {
            return false;
        }
        return Relatives.Contains(reader.Word(end))
            ? Names(reader, end + 1, Math.Min(tokens.Count, end + 1 + ClauseReach), phrase.Right)
            : Names(reader, end, end + 1, phrase.Right);
    }

    private static bool Names(PeopleCountReader reader, int from, int to, int limit)
    {
        for (var i = from; i < to; i++)
        {
            if (reader.Tokens[i].IsWord && MetricWord.At(reader, i, Math.Max(limit, i + 1)) is Metric.Displaced or Metric.Evacuated)
            {
                return true;
            }
        }
        return false;
    }
}
