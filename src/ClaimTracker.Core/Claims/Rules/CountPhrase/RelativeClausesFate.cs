namespace ClaimTracker.Core.Claims;

/// <summary>
/// A relative clause right after the count's noun that opens with a fate ("paid tribute to nine service members who were
/// killed during the deployment", Unseen57 menafn-anadolu; "honoured 12 border guards who died in the Sumy region") says
/// what happened to the people counted: the verb that governs the count (pay tribute, honour, mourn) names no fate, and a
/// word earlier in the clause ("greeted the returning soldiers and paid tribute to …") belongs to other people. Only a
/// count the clause read as <c>other</c>, not from an active verb before it, and only a fate of counts.json
/// <c>relativeFates</c> after the pronoun and its auxiliaries (metrics.json mainVerbAuxiliaries), so "freed 50 prisoners
/// who were detained" stays the release it is. Runs after <see cref="VerbAfterRelativeClause"/>, which reads only a
/// guessed metric. Golden case: relative_clause_fate_outweighs_a_word_before.
/// </summary>
internal sealed class RelativeClausesFate : CountPhraseRule
{
    public static readonly RelativeClausesFate Rule = new();

    private static readonly WordSet Relatives = WordLists.Set("relativePronouns");
    private static readonly WordSet Auxiliaries = WordLists.Set("mainVerbAuxiliaries");
    private static readonly WordSet Fates = WordLists.Set("relativeFates");

    private RelativeClausesFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not Metric.Other || draft.MetricGuessed || phrase.ActiveVerb || phrase.Noun < 0 || !reader.IsIn(phrase.Right, Relatives))
        {
            return true;
        }
        var verb = phrase.Right + 1;
        while (reader.IsIn(verb, Auxiliaries))
        {
            verb++;
        }
        if (reader.IsIn(verb, Fates) && MetricWord.At(reader, verb, verb + 1) is { } fate)
        {
            draft.Metric = fate;
        }
        return true;
    }
}
