namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Around 2,100 North Korean soldiers sent to help Russia fight Ukrainian forces are believed to have been killed",
/// "300 troops sent to reinforce the garrison were reported killed": a participle of sending right after the count's
/// noun (counts.json reducedRelativeParticiples) opens a relative clause without "who were"; it tells how the people
/// came there, and the clause's own finite verb (counts.json reducedRelativeAuxiliaries), with the fate a few words
/// after it ("are believed to have been killed"), tells what happened to them. The deployment read from the participle
/// gives way to that fate; a verb of fighting after it ("are now fighting in Kursk") is no fate, and the deployment
/// stands. The counterpart of <see cref="VerbAfterRelativeClause"/> for a clause with no relative pronoun. Unseen41
/// moscowtimes. Golden cases: sent_to_help_then_killed, sent_to_fight_still_deployed.
/// </summary>
internal sealed class FateAfterReducedRelative : CountPhraseRule
{
    public static readonly FateAfterReducedRelative Rule = new();

    // How far the participle's clause may run before its finite verb, and the fate after that verb
    // ("are believed to have been killed").
    private const int Reach = 14;
    private const int FateReach = 6;

    private static readonly WordSet Participles = WordLists.Set("reducedRelativeParticiples");
    private static readonly WordSet Auxiliaries = WordLists.Set("reducedRelativeAuxiliaries");

    private FateAfterReducedRelative()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is Metric.Deployed && phrase.Noun >= 0 && reader.IsIn(phrase.Noun + 1, Participles)
            && Fate(reader, phrase.Noun + 1, Math.Min(reader.Tokens.Count, phrase.NextBound)) is { } fate)
        {
            draft.Metric = fate;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // The first finite auxiliary after the participle (not one after "to": "to have been"), then a fate word after it.
    private static Metric? Fate(PeopleCountReader reader, int participle, int end)
    {
        var tokens = reader.Tokens;
        for (var i = participle + 1; i < end && i <= participle + Reach && tokens[i].IsWord; i++)
        {
            if (!reader.IsIn(i, Auxiliaries) || reader.Is(i - 1, "to"))
            {
                continue;
            }
            for (var k = i + 1; k < end && k <= i + FateReach && tokens[k].IsWord; k++)
            {
                if (MetricWord.At(reader, k, end) is { } m && m is not (Metric.Deployed or Metric.Engaged))
                {
                    return m;
                }
            }
            return null;
        }
        return null;
    }
}
