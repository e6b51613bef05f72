namespace ClaimTracker.Core.Claims;

/// <summary>
/// The people who signed a petition or an open letter are its signatories, not a count of a fate: "a petition signed
/// by more than 1,000 Israeli and foreign doctors" (Unseen79 haaretz-sde-teiman, whose conventions list petition
/// signers as no claims), "more than 100 doctors have signed an open letter" (health workers' letters on Gaza read
/// through the stored pages). The model: "signed by" (counts.json <c>signVerbs</c>) right before the count's hedge, or
/// after the count's noun at most <see cref="AuxiliaryReach"/> auxiliaries, a sign verb and, within
/// <see cref="DocumentReach"/> words, a document of appeal (<c>appealDocuments</c>: petition, letter, statement,
/// appeal, declaration). The count is dropped only when its clause gave it no fate: "a letter signed by 30 wounded
/// soldiers" keeps its wounded. Golden case: signatories_are_no_count.
/// </summary>
internal sealed class Signatories : CountPhraseRule
{
    public static readonly Signatories Rule = new();

    // "have signed", "had already signed".
    private const int AuxiliaryReach = 2;

    // "signed an open letter", "signed a joint public statement".
    private const int DocumentReach = 4;

    private static readonly WordSet SignVerbs = WordLists.Set("signVerbs");
    private static readonly WordSet AppealDocuments = WordLists.Set("appealDocuments");

    private Signatories()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var unread = draft.Metric is null or Metric.Other || (draft.MetricGuessed && draft.Metric == Metric.Deployed);
        if (!unread)
        {
            return true;
        }
        var before = phrase.TokenBefore;
        var signedBy = before > phrase.PreviousBound && reader.Is(before, "by") && reader.IsIn(before - 1, SignVerbs);
        var end = phrase.Noun >= 0 ? phrase.Noun : phrase.Last;
        return !(signedBy || SignedAfter(reader, end));
    }

    // A sign verb past a few auxiliaries, then a document of appeal within a few words.
    private static bool SignedAfter(PeopleCountReader reader, int end)
    {
        var verb = reader.WordOfSetAhead(end, AuxiliaryReach + 1, SignVerbs);
        return verb > 0 && reader.WordOfSetAhead(verb, DocumentReach, AppealDocuments) > 0;
    }
}
