namespace ClaimTracker.Core.Claims;

/// <summary>
/// Status denied: a denial before the count ("Moscow denied that 2,000 troops were sent", "denied reports that"),
/// unless a second speaker stands in between, or a denial or negation after it ("10,000 troops were not deployed").
/// A denial word inside a body's name ("Center for Countering Disinformation", <see cref="BodyName"/>) is no denial
/// (Unseen52 rfa-north-korea). Golden cases: hamas_denies, denial_word_in_a_speakers_name.
/// </summary>
internal sealed class Denial : CountPhraseRule
{
    public static readonly Denial Rule = new();

    // "did not deploy", "were never killed" (status.json denialNegations, also part of the rule's precondition).
    private static readonly WordSet Negations = WordLists.Set("denialNegations");

    private Denial()
        : base(RuleTriggers.Of("denial"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var wide = ClauseBounds.Left(reader, phrase.QualifierFirst, phrase.PreviousBound, wide: true);
        if (DeniedBefore(reader, wide, phrase.QualifierFirst) || reader.HasAny(ClaimLexicon.Denial, phrase.AfterCount, phrase.Right) || HasNegation(reader, phrase.AfterCount, phrase.Right))
        {
            draft.Status = ClaimStatus.Denied;
        }
        return true;
    }

    // "Moscow denied that 2,000 troops were sent" — but not "denied losing fighters and claimed it captured 70".
    private static bool DeniedBefore(PeopleCountReader reader, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            var w = reader.Word(i);
            // "Ukraine's Center for Countering Disinformation said": a word of the speaker's name denies nothing.
            if (ClaimLexicon.Denial.Contains(w) && !BodyName.Covers(reader, i))
            {
                return true;
            }
            // A second speaker in between ends the denial; "denied reports that" is still the denial, and so is
            // "dismissed the RSF's claim of" (DeniedClaimNoun).
            if (ClaimLexicon.ReportingVerbs.Contains(w) && !DeniedClaimNoun.Is(reader.Text, reader.Tokens, i) && !(i > from && reader.Tokens[i - 1].IsWord && ((ClaimLexicon.Denial.Contains(reader.Word(i - 1)) && !BodyName.Covers(reader, i - 1)) || reader.Is(i - 1, "the") || reader.Is(i - 1, "media"))))
            {
                return false;
            }
        }
        return false;
    }

    // "10,000 troops were not deployed" / "did not send".
    private static bool HasNegation(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (reader.Tokens[i].IsWord && reader.IsIn(i, Negations) && i + 1 < to && reader.Tokens[i + 1].IsWord)
            {
                var next = reader.Word(i + 1);
                if (ClaimLexicon.Deployed.Contains(next) || ClaimLexicon.Killed.Contains(next)
                    || (reader.Is(i + 1, "been") && i + 2 < to && reader.Tokens[i + 2].IsWord && (ClaimLexicon.Deployed.Contains(reader.Word(i + 2)) || ClaimLexicon.Killed.Contains(reader.Word(i + 2)))))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
