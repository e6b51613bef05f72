namespace ClaimTracker.Core.Claims;

/// <summary>
/// The fate in a clause a speaker inserts after the count's noun (<see cref="SpeakerAfterTheNoun"/>): "release the about
/// 100 hostages the Israeli government says remain in Gaza", "the 300 troops Kyiv claims to have captured … would be
/// offered in an exchange". The outer clause's verb is done to the counted ("release", "would be offered"), so read
/// there it makes the hostages released (other) or the capture a plan or a forecast; the inserted clause is what the
/// speaker says happened to them, so its verb gives the metric (metrics.json, through <see cref="MetricWord"/>; the
/// noun's own fate word, "hostages", when the clause has none, as "remain" has none) and its tense the status: reported,
/// unless a modal opens it (status.json <c>alreadyThenModals</c>: "the 2,000 troops Seoul believes will be sent" is
/// left to the status rules), or a new subject does ("Seoul says Pyongyang plans to send": Pyongyang's plan).
/// A denial stands. Runs last in the status stage. Golden cases: fate_in_a_clause_the_speaker_inserts,
/// count_before_a_clause_the_speaker_inserts.
/// </summary>
internal sealed class SpokenFate : CountPhraseRule
{
    public static readonly SpokenFate Rule = new();

    private static readonly WordSet Modals = WordLists.Set("alreadyThenModals");

    private SpokenFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Status == ClaimStatus.Denied || SpeakerAfterTheNoun.FateStart(reader, phrase.Noun, phrase.Right) is not (var fate and >= 0) || reader.IsIn(fate, Modals)
            || !char.IsLower(reader.Text[reader.Tokens[fate].Start]))
        {
            return true;
        }
        if ((MetricWord.At(reader, fate, phrase.Right) ?? MetricWord.At(reader, phrase.Noun, phrase.Noun + 1)) is { } metric)
        {
            draft.Metric = metric;
            draft.MetricGuessed = false;
        }
        draft.Status = ClaimStatus.Reported;
        return true;
    }
}
