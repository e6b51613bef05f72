namespace ClaimTracker.Core.Claims;

/// <summary>
/// The verb after a relative clause: in "about 60 people aboard another boat that left Tobruk on Sunday were
/// unaccounted for" the clause around the count stops at "that", so no verb is read and the metric is guessed; the
/// main verb is the first verb group after the relative clause ("were unaccounted for", "have been killed") before the
/// clause's end. Golden case: verb_after_a_relative_clause.
/// </summary>
internal sealed class VerbAfterRelativeClause : CountPhraseRule
{
    public static readonly VerbAfterRelativeClause Rule = new();

    private const int Reach = 12;

    private static readonly WordSet Relatives = WordLists.Set("relativePronouns");
    private static readonly WordSet Auxiliaries = WordLists.Set("mainVerbAuxiliaries");

    private VerbAfterRelativeClause()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!draft.MetricGuessed || phrase.Noun < 0 || phrase.Right >= reader.Tokens.Count || !reader.Tokens[phrase.Right].IsWord || !Relatives.Contains(reader.Word(phrase.Right)))
        {
            return true;
        }
        var tokens = reader.Tokens;
        var end = Math.Min(Math.Min(tokens.Count, phrase.NextBound), phrase.Right + Reach);
        for (var i = phrase.Right + 2; i < end; i++)
        {
            if (!tokens[i].IsWord)
            {
                return true;
            }
            // "…that left Tobruk on Sunday were unaccounted for": an auxiliary ends the relative clause; the word after it is the main verb.
            if (Auxiliaries.Contains(reader.Word(i)) && !Relatives.Contains(reader.Word(i - 1)))
            {
                var verb = reader.Is(i + 1, "been") ? i + 2 : i + 1;
                if (verb < end && MetricWord.At(reader, verb, end) is { } metric)
                {
                    draft.Metric = metric;
                    draft.MetricGuessed = false;
                }
                return true;
            }
        }
        return true;
    }
}
