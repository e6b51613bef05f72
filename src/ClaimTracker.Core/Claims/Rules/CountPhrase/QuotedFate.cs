namespace ClaimTracker.Core.Claims;

/// <summary>
/// "28 people were "declared dead upon arrival"": the reporter quotes the fate itself, the words after the count's
/// auxiliaries, and the clause around the count stops at the opening quote, so no verb is read and the metric is
/// guessed. The fate is the first metric word inside the quote (the Red Cross and hospital statements quoted so: "pronounced
/// dead", "not heard from"). The mirror of <see cref="VerbAfterQuotedCount"/>, which reads the verb after a quoted count.
/// Golden case: quoted_fate_after_the_count.
/// </summary>
internal sealed class QuotedFate : CountPhraseRule
{
    public static readonly QuotedFate Rule = new();

    // "declared dead upon arrival", "had not been heard from": the fate word comes early in the quote.
    private const int Reach = 5;

    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");

    private QuotedFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var tokens = reader.Tokens;
        if (!draft.MetricGuessed || phrase.Noun < 0)
        {
            return true;
        }
        var quote = phrase.AfterCount;
        while (quote < tokens.Count && tokens[quote].IsWord && Auxiliaries.Contains(reader.Word(quote)))
        {
            quote++;
        }
        if (quote == phrase.AfterCount || quote >= tokens.Count || tokens[quote].IsWord || reader.Text[tokens[quote].Start] is not ('"' or '\u201C'))
        {
            return true;
        }
        for (var i = quote + 1; i < tokens.Count && i <= quote + Reach && tokens[i].IsWord; i++)
        {
            if (MetricWord.At(reader, i, tokens.Count) is { } metric and not (Metric.Deployed or Metric.Engaged or Metric.Other))
            {
                draft.Metric = metric;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }
}
