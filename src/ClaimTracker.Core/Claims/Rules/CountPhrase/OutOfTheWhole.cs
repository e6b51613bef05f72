namespace ClaimTracker.Core.Claims;

/// <summary>
/// The whole after "out of": in "around 2,000 North Korean soldiers have been killed, out of roughly 14,000 sent to
/// Russia" the second figure counts the same people as the first (<see cref="ElidedNoun"/> gives them) and what
/// happened to all of them: the participle after it ("sent", "deployed", "trapped"), else, for soldiers, their
/// deployment; never the part's fate (Unseen25 apa-kcna). The leads are data (counts.json <c>wholeLeads</c>).
/// A share's whole is such a whole too: "more than half of the roughly 11,500 it had sent there" (Unseen55
/// interfax-yonhap; wholeLeads "half of the", "third of the", …; elidedFollowers "it", "they" for the sender's clause).
/// Golden cases: out_of_those_sent, half_of_the_whole_it_sent.
/// </summary>
internal sealed class OutOfTheWhole : CountPhraseRule
{
    public static readonly OutOfTheWhole Rule = new();

    private static readonly WordPhrases Leads = new(WordLists.Set("wholeLeads"));

    private OutOfTheWhole()
    {
    }

    /// <summary>Whether "out of", "out of the" … ends at <paramref name="lead"/>, the token before a count.</summary>
    public static bool Marks(PeopleCountReader reader, int lead) => Leads.EndsAt(reader.Text, reader.Tokens, lead);

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (!phrase.Elided || !Marks(reader, phrase.TokenBefore))
        {
            return true;
        }
        var after = phrase.TokenAfter;
        var participle = after < reader.Tokens.Count ? MetricWord.At(reader, after, after + 1) : null;
        if (participle is { } fate)
        {
            draft.Metric = fate;
        }
        else if (draft.Military)
        {
            draft.Metric = Metric.Deployed;
        }
        else
        {
            return true;
        }
        draft.MetricGuessed = false;
        return true;
    }
}
