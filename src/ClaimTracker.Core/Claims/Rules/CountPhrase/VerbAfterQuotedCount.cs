namespace ClaimTracker.Core.Claims;

/// <summary>
/// "saying only that “dozens of terrorists” had been neutralised": the reporter quotes the count and its people, and
/// the verb group after the closing quote is theirs; the clause around the count stops at the quote, so no verb is
/// read and the metric is guessed. Golden case: verb_after_a_quoted_count.
/// The verb group may be hedged by a raising frame: "“at least 13 people” were known to be injured" (Unseen77
/// kyivindependent-nova-poshta), "“dozens of fighters” are believed to have been killed" — a hedge participle
/// (counts.json quotedCountHedges) and "to" are read past with the auxiliaries. Golden case: hedged_verb_after_a_quoted_count.
/// </summary>
internal sealed class VerbAfterQuotedCount : CountPhraseRule
{
    public static readonly VerbAfterQuotedCount Rule = new();

    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet Hedges = WordLists.Set("quotedCountHedges");

    private VerbAfterQuotedCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var quote = phrase.Right;
        var tokens = reader.Tokens;
        if (!draft.MetricGuessed || phrase.Noun < 0 || quote != phrase.AfterCount || quote >= tokens.Count || tokens[quote].IsWord
            || reader.Text[tokens[quote].Start] is not ('"' or '\u201D'))
        {
            return true;
        }
        var verb = SkipAuxiliaries(reader, quote + 1);
        if (verb > quote + 1 && reader.IsIn(verb, Hedges) && reader.Is(verb + 1, "to"))
        {
            verb = SkipAuxiliaries(reader, verb + 2);
        }
        if (verb > quote + 1 && verb < tokens.Count && MetricWord.At(reader, verb, verb + 1) is { } metric)
        {
            draft.Metric = metric;
            draft.MetricGuessed = false;
        }
        return true;
    }

    private static int SkipAuxiliaries(PeopleCountReader reader, int verb)
    {
        var tokens = reader.Tokens;
        while (verb < tokens.Count && tokens[verb].IsWord && Auxiliaries.Contains(reader.Word(verb)))
        {
            verb++;
        }
        return verb;
    }
}
